package io.newsflow.streams.enrich;

import io.newsflow.avro.Article;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One labelled article of {@code enrichment-corpus/} (the set the rules were written on) or
 * {@code enrichment-heldout/} (written afterwards to measure unseen text): the Avro article and
 * its gold labels.
 */
record CorpusArticle(String file, Article article, String language, Map<EntityType, Set<String>> gold) {

    static final List<String> FILES = List.of("01-harbour-strike-hamburg.txt", "02-chip-subsidies.txt",
            "03-central-bank.txt", "04-wildfire-greece.txt", "05-football-transfer.txt", "06-tech-layoffs.txt",
            "07-election-poland.txt", "08-climate-summit.txt", "09-airline-strike.txt", "10-health-vaccine.txt",
            "11-mining-chile.txt", "12-space-launch.txt", "13-canada-housing.txt", "14-india-monsoon.txt",
            "15-de-bahnstreik.txt", "16-de-energiepreise.txt", "17-fr-agriculture.txt", "18-fr-tech.txt",
            "19-es-turismo.txt", "20-nl-dijken.txt");
    static final List<String> HELD_OUT = List.of("h01-vineyard-frost.txt", "h02-baltic-wind-ports.txt",
            "h03-svalbard-ice.txt", "h04-alpine-freight.txt", "h05-fr-crues.txt", "h06-de-stahl.txt",
            "h07-it-trieste.txt", "h08-severn-floods.txt", "h09-es-sequia.txt");
    /** Written after the rules were changed on {@link #HELD_OUT}: the final rules' unseen-text figure. */
    static final List<String> HELD_OUT_2 = List.of("h10-island-ferries.txt", "h11-pt-incendios.txt",
            "h12-nl-tunnel.txt", "h13-battery-plant.txt");
    static final List<String> HELD_OUT_3 = List.of("h14-us-water-utility.txt", "h15-in-metro.txt", "h16-au-coal.txt",
            "h17-fr-port.txt", "h18-pl-rail.txt", "h19-es-mining.txt");
    /** The pages of the parser's eleventh blind round (2026-11-30) as parsed, labelled before either ran on them. */
    static final List<String> HELD_OUT_4 = List.of("h20-en-tanker-market.txt", "h21-sv-riksbank.txt",
            "h22-en-battery-release.txt", "h23-en-chip-startups.txt", "h24-pt-sines.txt", "h25-en-carbon-storage.txt");
    /** The pages of the twelfth blind round (2026-11-30) as parsed, labelled before either ran on them. */
    static final List<String> HELD_OUT_5 = List.of("h26-en-floating-wind-yard.txt", "h27-en-baltic-grid-column.txt",
            "h28-de-landstrom.txt", "h29-en-scheldt-dredging.txt", "h30-fr-brest-eolien.txt", "h31-it-genova-diga.txt");
    /** The pages of the thirteenth blind round (2026-11-30) as parsed, labelled before either ran on them. */
    static final List<String> HELD_OUT_6 = List.of("h32-es-puertos-electrificacion.txt", "h33-en-plymouth-ferry-port.txt",
            "h34-da-maersk-roede-hav.txt", "h35-en-rotterdam-interview.txt", "h36-en-hapag-saam-bid.txt",
            "h37-en-greek-lng-orders.txt");
    /** The pages of the fourteenth blind round (2026-11-30), the shared samples' shapes, as parsed. */
    static final List<String> HELD_OUT_7 = List.of("h38-en-nordic-power-note.txt", "h39-en-krk-lng-terminal.txt",
            "h40-en-ofoten-rail-opinion.txt", "h41-en-krk-lng-republished.txt", "h42-en-gdansk-cranes.txt",
            "h43-en-antwerp-port-tax.txt");
    /** The pages of the fifteenth blind round (2026-11-30), five languages in the shared samples' shapes. */
    static final List<String> HELD_OUT_8 = List.of("h44-de-hamburg-hafenpolitik.txt", "h45-fr-marseille-quais.txt",
            "h46-it-trieste-ferrovia.txt", "h47-es-algeciras-terminal.txt", "h48-nl-terneuzen-sluis.txt",
            "h49-en-irish-sea-sailings.txt");
    /** The day's last held-out pages (2026-11-30, x15-x20 of the parser): first run recorded, then tuned on. */
    static final List<String> HELD_OUT_9 = List.of("h50-en-poland-chips-note.txt", "h51-de-bahn-gueterverkehr.txt",
            "h52-en-totalenergies-batteries.txt", "h53-pt-solar-record.txt", "h54-en-salmon-tax.txt",
            "h55-es-hidrogeno-chile.txt");
    /** The seventeenth blind round's pages (2026-11-30, after the day's held-out set), as parsed. */
    static final List<String> HELD_OUT_10 = List.of("h56-en-eu-ferry-tariffs.txt", "h57-en-hydrogen-network.txt",
            "h58-en-foynes-wind-hub.txt", "h59-en-colombo-terminal.txt", "h60-de-zuerich-wasserstoff.txt",
            "h61-en-rotterdam-shore-power.txt");
    static final List<String> HELD_OUT_11 = List.of("h62-en-red-sea-reroute.txt", "h63-en-toyota-battery-plant.txt",
            "h64-en-eskom-kusile.txt", "h65-en-liverpool-villa.txt", "h66-en-saskatchewan-grain.txt",
            "h67-de-bahn-tschechien.txt");
    static final List<String> HELD_OUT_12 = List.of("h68-en-chile-lithium.txt", "h69-en-dutch-farmers.txt",
            "h70-fr-sncf-alstom.txt", "h71-en-kenya-airways.txt", "h72-es-iberdrola-dana.txt",
            "h73-en-newcastle-terminal.txt");
    static final List<String> HELD_OUT_13 = List.of("h74-en-boeing-jobs.txt", "h75-en-storm-bert-wales.txt",
            "h76-en-senate-fed.txt", "h77-en-baltimore-bridge.txt", "h78-it-stellantis-torino.txt",
            "h79-en-adani-green.txt");
    static final List<String> HELD_OUT_14 = List.of("h80-en-shell-nigeria.txt", "h81-en-volkswagen-strike.txt",
            "h82-de-tennet-suedlink.txt", "h83-en-cop29-finance.txt", "h84-en-swiss-franc.txt",
            "h85-en-dutch-migrant-housing.txt");
    static final List<String> HELD_OUT_15 = List.of("h86-en-amazon-deforestation.txt", "h87-en-unicredit-bpm.txt",
            "h88-fr-roumanie-georgescu.txt", "h89-es-banco-espana.txt", "h90-en-nvidia-results.txt", "h91-en-oil-prices.txt");

    /** The corpus the rules were tuned on. */
    static List<CorpusArticle> all() {
        return load("enrichment-corpus", FILES);
    }

    /** A held-out set ({@link #HELD_OUT} ... {@link #HELD_OUT_10}): articles written after the rules they measure. */
    static List<CorpusArticle> heldOut(List<String> files) {
        return load("enrichment-heldout", files);
    }

    private static List<CorpusArticle> load(String directory, List<String> files) {
        List<CorpusArticle> all = new ArrayList<>();
        for (String file : files) {
            all.add(load(directory, file));
        }
        return all;
    }

    static CorpusArticle load(String directory, String file) {
        String text;
        try (InputStream in = CorpusArticle.class.getResourceAsStream("/" + directory + "/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("corpus file not found: " + file);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int split = text.indexOf("\n---\n");
        if (split < 0) {
            throw new IllegalArgumentException(file + ": no '---' line between header and body");
        }
        Map<String, String> header = new HashMap<>();
        for (String line : text.substring(0, split).split("\n")) {
            int colon = line.indexOf(':');
            header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        List<BodyBlock> body = new ArrayList<>();
        for (String block : text.substring(split + 5).split("\n\\s*\n")) {
            String b = block.strip();
            if (b.startsWith("## ")) {
                body.add(new BodyBlock(BlockKind.HEADING, b.substring(3)));
            } else if (!b.isEmpty()) {
                body.add(new BodyBlock(BlockKind.PARAGRAPH, b.replace('\n', ' ')));
            }
        }
        Article article = Article.newBuilder().setArticleId(file).setTitle(header.get("title"))
                .setLead(header.get("lead")).setBody(body).setAuthors(split(header.get("authors")))
                .setSource(header.get("source")).setEditorsNote(header.get("note"))
                .setIngestedAt(java.time.Instant.EPOCH).build();
        Map<EntityType, Set<String>> gold = Map.of(
                EntityType.PERSON, new TreeSet<>(split(header.get("persons"))),
                EntityType.LOCATION, new TreeSet<>(split(header.get("locations"))),
                EntityType.ORGANIZATION, new TreeSet<>(split(header.get("organizations"))));
        return new CorpusArticle(file, article, header.get("language"), gold);
    }

    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String s : value.split("\\|")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }
}
