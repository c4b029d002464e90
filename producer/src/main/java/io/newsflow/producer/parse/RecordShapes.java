package io.newsflow.producer.parse;

import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shapes a JSON record is read out of before {@link JsonFields} reads its fields by their common names, each a
 * system's own way of holding an article, in order, each leaving any other node as it is: a Medium story's answer, a
 * Notion page with its blocks, a Google Docs document, an article in the BBC's Optimo model, a Telegram bot's update, a
 * Kirby page's content, a crawler's item (Apify's), a Confluence page or blog post, an Orchard Core content item, a
 * Drupal node of the core REST module, a read-later bookmark's saved page (Karakeep's), Ibexa's content object and its
 * fields, a content repository's node and its properties (Jahia's), a page's form inputs (FirstSpirit's), Enonic's
 * content and its data, a table's columns (Airtable's), a store's typed values (Firestore's), PascalCase names, a page of
 * content blocks in areas (Concrete CMS's), a template's content (Sulu's), a collection item's fields (Webflow's), the
 * article inside an API's wrappers, a mailing's campaign, a kind's prefix on every name (NewsBlur's "story_title"),
 * relations expanded beside their ids (PocketBase's), a ninjs item's role lists, a forum's topic (Discourse's: its first
 * post, without the replies), a list of named fields (Liferay's structured content), a story of cards (Quintype's), a
 * Nostr long-form event, a microformats2 entry, a Mastodon status, an ActivityPub note, a Misskey note, a Discord
 * channel's message, an agency's story with its paragraphs listed (AFP's).
 */
final class RecordShapes {
    private static final List<UnaryOperator<JsonNode>> SHAPES = List.of(MediumPayloads::asArticle, NotionPages::asArticle,
            GoogleDocsDocuments::asArticle, OptimoArticles::asArticle,
            // (the next six before the wrappers' reading, which would take their inner objects whole)
            TelegramBotUpdates::asArticle, KirbyModels::asArticle, CrawlerItems::asArticle, ConfluenceContents::asArticle,
            OrchardContentItems::asArticle, DrupalEntities::asArticle,
            KarakeepBookmarks::asArticle, IbexaContents::flattened, JcrNodes::flattened, FirstSpiritPages::asArticle,
            EnonicContents::flattened, AirtableRecords::flattened, FirestoreDocuments::plain, PascalCaseFields::camelCased,
            ConcreteCmsPages::asArticle, SuluPages::asArticle, WebflowItems::asArticle, LinkwardenLinks::asArticle, JsonWrappers::unwrap,
            NewsletterCampaigns::asArticle, PrefixedFields::unprefixed, ExpandedRelations::inlined, NinjsItems::flatten,
            ForumTopics::asArticle, StructuredContentFields::inlined, CardStories::asArticle, NostrLongForm::asArticle,
            Microformats2Entries::asArticle, MastodonStatuses::asArticle, ActivityNotes::asArticle, MisskeyNotes::asArticle,
            DiscordMessages::asArticle, AfpDocuments::asArticle);

    private RecordShapes() {
    }

    /** The record the node holds, read through every shape in turn. */
    static JsonNode read(JsonNode node) {
        JsonNode record = node;
        for (UnaryOperator<JsonNode> shape : SHAPES) {
            record = shape.apply(record);
        }
        return record;
    }
}
