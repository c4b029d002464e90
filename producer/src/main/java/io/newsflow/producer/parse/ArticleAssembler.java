package io.newsflow.producer.parse;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import io.newsflow.avro.BodyBlock;
import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;
import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.text.ArticleTypes;
import io.newsflow.producer.parse.text.TitleDeriver;

/**
 * Turns an {@link ArticleDraft} into an {@code Article}, or a {@link Rejection} when the draft has
 * no text at all. This is the one place where the id is computed and the title is derived, so every
 * format follows the same rules.
 */
public final class ArticleAssembler {

    private ArticleAssembler() {
    }

    /**
     * Builds the article.
     *
     * @param draft      the collected facts
     * @param format     the input format
     * @param origin     where the input came from (with line for NDJSON)
     * @param line       the record's line/item number, used only in a rejection
     * @param raw        the raw record, used only in a rejection
     * @param ingestedAt the ingest time
     */
    public static ParseOutcome assemble(ArticleDraft draft, InputFormat format, String origin, Integer line,
                                        String raw, Instant ingestedAt) {
        if (draft.lead != null && draft.lead.isBlank()) {
            draft.lead = null;
        }
        List<BodyBlock> body = PullQuotes.withoutRepeats(draft.body, draft.lead);
        boolean hasText = draft.lead != null || body.stream().anyMatch(b -> !b.getText().isBlank());
        if (!hasText) {
            return ParseOutcome.rejected(Rejection.ofText(origin, line, RejectionReason.NO_CONTENT,
                    "no article text found (no lead and no body paragraph)", raw, format, ingestedAt));
        }
        String title = draft.title == null ? null : draft.title.strip();
        boolean derived = draft.titleDerived;
        if (title == null || title.isEmpty()) {
            title = TitleDeriver.derive(draft.lead != null ? draft.lead : firstParagraph(body));
            derived = true;
        }
        String bodyText = body.stream().map(BodyBlock::getText).collect(Collectors.joining("\n"));
        // a slashed date nothing on its line placed is read by the page's language, known only now
        Instant publishedAt = DayFirstPages.published(draft.publishedAt, draft.publishedAtText,
                title + "\n" + (draft.lead == null ? "" : draft.lead + "\n") + bodyText);
        String normalisedUrl = ArticleIds.normaliseUrl(draft.url);
        String id = normalisedUrl != null ? ArticleIds.fromUrl(normalisedUrl)
                : ArticleIds.fromContent(draft.source, title,
                        (draft.lead == null ? "" : draft.lead + "\n") + bodyText);
        Article article = Article.newBuilder()
                .setArticleId(id)
                .setUrl(draft.url == null || draft.url.isBlank() ? null : draft.url.strip())
                .setTitle(title)
                .setTitleDerived(derived)
                .setLead(draft.lead == null ? null : draft.lead.strip())
                .setBody(List.copyOf(body))
                .setAuthors(List.copyOf(draft.authors))
                .setSource(draft.source)
                .setSection(draft.section)
                .setArticleType(draft.articleType == ArticleType.UNKNOWN && !derived ? ArticleTypes.fromHeadline(title) : draft.articleType)
                .setPublishedAt(publishedAt)
                .setPublishedAtProvenance(publishedAt == null ? TimeProvenance.UNKNOWN : draft.provenance)
                .setPublishedAtText(publishedAt == null ? null : draft.publishedAtText)
                .setIngestedAt(ingestedAt)
                .setInputFormat(format)
                .setOrigin(line == null ? origin : origin + ":" + line)
                .setEditorsNote(draft.editorsNote)
                .build();
        return ParseOutcome.parsed(article);
    }

    private static String firstParagraph(List<BodyBlock> body) {
        return body.stream().filter(b -> b.getKind() == io.newsflow.avro.BlockKind.PARAGRAPH)
                .map(BodyBlock::getText).findFirst()
                .orElse(body.isEmpty() ? "" : body.get(0).getText());
    }
}
