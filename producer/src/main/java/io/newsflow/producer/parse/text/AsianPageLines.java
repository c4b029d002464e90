package io.newsflow.producer.parse.text;

import java.util.regex.Pattern;

/**
 * Furniture of Chinese, Japanese, Korean and Hindi pages that no vocabulary of whole lines holds, each line with a name, a
 * number or a sentence of its own: an editor's and a proofreader's credit ("责任编辑：王芳", "校对：张丽"), a news-tip
 * line ("澎湃新闻报料：021-962866"), a notice that forbids reprinting ("澎湃新闻，未经授权不得转载", "無断転載を禁じます"), an
 * app's prompt ("不用抽 不用搶 現在用APP看新聞 保證天天中獎", "點我下載APP"), a chat app's "already added as a friend"
 * ("已經加好友了，謝謝"), a paywall's line ("有料会員になると会員限定の有料記事もお読みいただけます。") and a Hindi site's
 * invitation to its games ("Jagran Play पर खेलें", "play on Jagran Play"). Used by
 * {@link JunkLineDetector}; the story's own writers are read from their bylines, never from these credits.
 */
final class AsianPageLines {
    private static final Pattern FURNITURE = UnicodeRegex.compile("(?iu)^(?:" // (its \W Unicode's: no letters taken for marks)
            // the editors' and proofreaders' credits under a Chinese story: none of them wrote it
            + "(?:责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核|监制|監製|实习生|實習生)\\s*[：:｜|/]\\s*\\p{IsHan}{2,4}(?:[\\s、，,]+\\p{IsHan}{2,4}){0,2}"
            // the paper's tip line and its notices against reprinting
            + "|.{0,12}(?:报料|爆料|報料|线索|線索)(?:热线|熱線|邮箱|郵箱)?\\s*[：:].{1,40}"
            + "|.{0,30}(?:未经授权不得转载|未經授權不得轉載|未经许可不得转载|版权所有|版權所有|無断転載を禁じます|無断転載禁止).{0,40}"
            + "|本文来自.{1,80}|本文來自.{1,80}" // (where the text came from: "本文来自“36氪”，作者：李明，36氪经授权发布。")
            // an app's prompt and a chat app's confirmation
            + "|.{0,30}(?:用app看新聞|用app看新闻|下載app|下载app|下載客戶端|下载客户端).{0,30}|按我看活動辦法|已經加好友了.{0,10}|已经加好友了.{0,10}"
            // a Japanese paper's paywall: "become a paying member to read its members' articles", "this is a paid article"
            + "|有料会員になると.{0,60}|この記事は有料記事です.{0,60}"
            + "|\\W*(?:この記事は(?:有料|プレミアム)会員限定(?:です|の記事です)?.{0,80}|(?:無料|有料)会員登録はこちら.{0,20})\\W*" // ("members only", "register here")
            + "|[\\p{L}\\p{M} ]{2,30} पर खेलें|.{0,30}ಆ್ಯಪ್ ಇಲ್ಲಿದೆ.{0,60}" // (and a Kannada paper's "our app is here")
            + ")$");
    /** Longer than this, a line is a paragraph, whatever it holds. */
    private static final int MAX_CHARS = 120;

    private AsianPageLines() {
    }

    /** Whether the whole line is such furniture. */
    static boolean matches(String line) {
        String text = line.strip();
        return text.length() <= MAX_CHARS && FURNITURE.matcher(text).matches();
    }
}
