package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.HeldOutSets.HeldOutSet;
import java.util.List;

/**
 * The held-out sets h486 to h647 (the sixteenth to twenty-second sessions' sets, each written after every rule of the
 * one before it), each with its floors and a comment on the figures the rules reached on it: after
 * {@link RecentHeldOutSets#SETS}, before {@link NewestHeldOutSets#SETS}.
 */
final class LatestHeldOutSets {

    static final List<HeldOutSet> SETS = List.of(
            // Hobart's AFL stadium, the KKL's roof in Lucerne, Namur's citadel, Málaga's tourist flats, Verona's Arena,
            // Gdańsk's Solidarity centre, written after every rule of h480-h485: first run 0.964/0.900, 0.920/0.852,
            // 0.688/0.733 (one label added in the extractor's favour); after Romance streets, historic centres, breweries,
            // dialogue dashes and three given names 1.000/0.967, 1.000/0.926, 0.767/0.767
            new HeldOutSet("enrichment-heldout h486-h491 (seventy-first held-out set: stadium, concert hall, citadel, flats, arena, museum)",
                    486, 491, 0.95, 0.90, 0.95, 0.85, 0.70, 0.70),
            // companies and plants: Wylfa's small reactors, Michelin's closures, Ericsson's layoffs, Seat's Martorell plant,
            // Leonardo at Grottaglie, VDL Nedcar in Born, written after every rule of h486-h491: first run 1.000/0.893,
            // 0.900/0.844, 0.690/0.829; after three given names and the governor's title 1.000/1.000, 0.900/0.844,
            // 0.744/0.829
            new HeldOutSet("enrichment-heldout h492-h497 (seventy-second held-out set: reactors, tyres, telecoms, cars, aircraft, cars)",
                    492, 497, 0.95, 0.95, 0.85, 0.80, 0.70, 0.80),
            // clubs, courts and venues: Lisbon's funicular report, Milan's stadium sale, Zaragoza's stadium, Nantes' hospital,
            // Copenhagen's Lynetteholm, Belfast's Casement Park, written after every rule of h492-h497: first run
            // 0.955/0.955, 0.818/0.857, 0.789/0.789; after clubs, parks, tournaments, Nordic directions, ampersand names,
            // possessives, a government after its place and title acronyms 1.000/1.000, 0.909/0.952, 0.949/0.974
            new HeldOutSet("enrichment-heldout h498-h503 (seventy-third held-out set: funicular, stadium, stadium, hospital, island, stadium)",
                    498, 503, 0.95, 0.95, 0.85, 0.90, 0.90, 0.90),
            // universities, hospitals and research: ETH Zürich in Dübendorf, Lublin's children's hospital, Linköping's
            // university hospital, Groningen's proton centre, Adelaide's ramping, Escúzar's accelerator, written after every
            // rule of h498-h503: first run 1.000/0.950, 0.882/0.882, 0.750/0.800 (one label corrected); after seats,
            // municipalities, party letters, institutes and Polish titles 1.000/1.000, 0.944/1.000, 0.968/1.000
            new HeldOutSet("enrichment-heldout h504-h509 (seventy-fourth held-out set: research, hospital, hospital, hospital, ambulances, accelerator)",
                    504, 509, 0.95, 0.95, 0.90, 0.95, 0.90, 0.95),
            // Norway, Denmark, Sweden, Ireland and Brazil: Bergen's light rail, the Fosen wind farms, Aalborg's cement works,
            // Östrand's pulp mill, the Shannon pipeline, Belém before COP30, written after every rule of h504-h509: first
            // run 1.000/0.870, 0.810/0.654, 0.675/0.818; after Nordic seas and works, county and state bodies, compound
            // titles, Irish counties and bodies, ambassadors and city halls 1.000/1.000, 1.000/0.885, 0.941/0.970
            new HeldOutSet("enrichment-heldout h510-h515 (seventy-fifth held-out set: light rail, wind farms, cement, pulp, pipeline, COP30)",
                    510, 515, 0.95, 0.95, 0.95, 0.85, 0.90, 0.95),
            // courts and trials: Chicago's fare hike blocked, the Morandi appeal, an avalanche verdict in Innsbruck, Mexico
            // City's Line 12, Brussels' reception crisis, the Pniówek mine trial, written after every rule of h510-h515:
            // first run 1.000/0.900, 0.857/0.706, 0.771/0.871 (one label corrected); after bridges, saints' towns, Polish
            // mines, the Cassazione and plural adjectives 1.000/1.000, 0.938/0.882, 0.906/0.935
            new HeldOutSet("enrichment-heldout h516-h521 (seventy-sixth held-out set: fares, bridge, avalanche, metro, asylum, mine)",
                    516, 521, 0.95, 0.95, 0.90, 0.85, 0.85, 0.90),
            // culture and sport venues: Edinburgh's Fringe, Lille's renamed stadium, Betis' move to La Cartuja, Bayreuth's
            // festival house, PSV's stadium, Copenhagen's Royal Theatre, written after every rule of h516-h521: first run
            // 1.000/1.000, 0.882/0.652, 0.676/0.885; after arenas and stadiums by their kind, Nordic squares, Danish and
            // Norwegian names opened by their article, the Métropole and a German hill 1.000/1.000, 1.000/0.870, 0.833/0.962
            new HeldOutSet("enrichment-heldout h522-h527 (seventy-seventh held-out set: festival, stadium, stadium, opera, stadium, theatre)",
                    522, 527, 0.95, 0.95, 0.95, 0.85, 0.80, 0.95),
            // companies: Anglo American's De Beers sale, Stellantis at Poissy, Mercadona at Sagunto, Ferrari at Maranello,
            // Carlsberg at Fredericia, HKM at Duisburg, written after every rule of h522-h527: first run 1.000/0.955,
            // 0.944/0.850, 0.931/0.931; after grocery chains and Italian chief executives 1.000/1.000, 0.944/0.850,
            // 0.966/0.966
            new HeldOutSet("enrichment-heldout h528-h533 (seventy-eighth held-out set: mining, cars, groceries, cars, beer, steel)",
                    528, 533, 0.95, 0.95, 0.90, 0.80, 0.90, 0.90),
            // fisheries: Peterhead's mackerel, Lorient's winter closure, Arousa's cockles, Peniche's sardines, Urk's
            // shrimpers, the Baltic cod ban, written after every rule of h528-h533: first run 0.963/1.000, 0.855/0.855,
            // 0.592/0.690 (four labels brought to the convention); after ministries' lists, Polish nominatives, Galician
            // bodies and universities before their town 1.000/1.000, 1.000/0.964, 0.955/1.000
            new HeldOutSet("enrichment-heldout h534-h539 (seventy-ninth held-out set: mackerel, dolphins, cockles, sardines, shrimp, cod)",
                    534, 539, 0.95, 0.95, 0.95, 0.90, 0.90, 0.95),
            // defence and space: Rosyth's frigate, Rheinmetall at Unterlüß, Ariane 6 at Kourou, Fincantieri at Riva
            // Trigoso, Saab Kockums' submarines, Navantia at Ferrol, written after every rule of h534-h539: first run
            // 0.933/1.000, 0.964/0.771, 0.721/0.756; after defence makers listed, yards named for their place, designs'
            // kinds and the armed forces' Nordic agencies 1.000/1.000, 1.000/0.914, 0.848/0.951
            new HeldOutSet("enrichment-heldout h540-h545 (eightieth held-out set: frigate, munitions, launcher, frigate, submarines, frigate)",
                    540, 545, 0.95, 0.95, 0.95, 0.85, 0.80, 0.90),
            // schools: Chicago's budget, the Nord's teaching posts, Bavaria's teachers, Italy's exam reform, Poland's
            // homework rule, Amsterdam's strike, written after every rule of h540-h545: first run 0.962/1.000,
            // 0.917/0.880, 0.862/0.735; after education authorities, ministries' adjectives and acronyms opening
            // hyphenated bodies 0.962/1.000, 1.000/1.000, 0.968/0.882
            new HeldOutSet("enrichment-heldout h546-h551 (eighty-first held-out set: budget, posts, teachers, exam, homework, strike)",
                    546, 551, 0.95, 0.95, 0.95, 0.95, 0.90, 0.85),
            // police: Sydney's ram-raids, Buenos Aires' car thieves, Vienna's drug ring, Bari's extortion arrests, Malmö's
            // shooting, Lisbon's cash-machine raids, written after every rule of h546-h551: first run 1.000/1.000,
            // 0.857/0.800, 0.793/0.852 (two labels corrected); after capitalised directions, police forces, directorates
            // and Nordic courts 1.000/1.000, 0.933/0.933, 0.929/0.963
            new HeldOutSet("enrichment-heldout h552-h557 (eighty-second held-out set: ram-raids, car thefts, drugs, extortion, shooting, cash machines)",
                    552, 557, 0.95, 0.95, 0.90, 0.90, 0.90, 0.95),
            // churches: the Church of England's synod, Rouen's cathedral, Limburg's churches, Italy's bishops' soup kitchens,
            // Guadalupe's pilgrims, Jasna Góra, written after every rule of h552-h557: first run 0.870/0.909, 0.731/0.679,
            // 0.655/0.633; after clergy's titles, churches' bodies and buildings, German "für die" bodies, mayors' towns
            // and Mexico's states 1.000/1.000, 1.000/1.000, 1.000/1.000
            new HeldOutSet("enrichment-heldout h558-h563 (eighty-third held-out set: synod, cathedral, churches, soup kitchens, pilgrims, shrine)",
                    558, 563, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95),
            // wildlife: Lower Saxony's wolf, Trentino's bear, Andalusia's lynx, Białowieża's forest, Sweden's wolf hunt,
            // Yellowstone's grizzlies, written after every rule of h558-h563: first run 1.000/0.947, 0.833/0.667,
            // 0.676/0.821; after parks, Italian provinces, German genitive bodies, initials before bodies with "and" and
            // Swedish provinces 1.000/1.000, 1.000/0.933, 0.900/0.964
            new HeldOutSet("enrichment-heldout h564-h569 (eighty-fourth held-out set: wolf, bear, lynx, forest, wolf hunt, grizzlies)",
                    564, 569, 0.95, 0.95, 0.95, 0.90, 0.85, 0.90),
            // telecoms: VodafoneThree's masts, MasOrange's spectrum, FiberCop in Piedmont, 1&1's outage, Poland's 700 MHz
            // auction, Telia's copper network, written after every rule of h564-h569: first run 0.950/0.905, 0.952/0.952,
            // 0.912/0.861; after shared compounds, units, Romania's adjective, Italian given names and the UK's
            // regulators 1.000/1.000, 0.955/1.000, 0.971/0.944
            new HeldOutSet("enrichment-heldout h570-h575 (eighty-fifth held-out set: masts, spectrum, fibre, outage, auction, copper)",
                    570, 575, 0.95, 0.95, 0.95, 0.95, 0.95, 0.90),
            // prisons: Wandsworth's overcrowding, Fleury-Mérogis, Stuttgart's new prison, San Vittore, Soto del Real, Vught,
            // written after every rule of h570-h575: first run 1.000/0.962, 0.871/0.964, 0.800/0.757; after bodies named for
            // their members, prison compounds, districts, watchdogs, prisons as institutions and Italian given names
            // 1.000/1.000, 0.933/1.000, 0.919/0.919
            new HeldOutSet("enrichment-heldout h576-h581 (eighty-sixth held-out set: Wandsworth, Fleury-Mérogis, Stammheim, San Vittore, Soto del Real, Vught)",
                    576, 581, 0.95, 0.95, 0.90, 0.95, 0.90, 0.90),
            // weather services: the Met Office's amber warning, Météo-France's storm, the DWD's black ice, Aemet's red alert,
            // the KNMI's code orange, the IMGW's gale warning, written after every rule of h576-h581: first run
            // 1.000/0.958, 0.879/0.806, 0.721/0.838; after French départements, national brands, hyphenated towns, Dutch dikes
            // and particles, Polish "i" in bodies, storms' names, units and basins 1.000/1.000, 0.972/0.972, 0.946/0.946
            new HeldOutSet("enrichment-heldout h582-h587 (eighty-seventh held-out set: Met Office, Météo-France, DWD, Aemet, KNMI, IMGW)",
                    582, 587, 0.95, 0.95, 0.95, 0.95, 0.90, 0.90),
            // museums and archaeology: the Smithsonian's Benin bronzes, a house in Pompeii, Atapuerca's face, Hallstatt's finds,
            // Tournai's graves, the Vasa museum, written after every rule of h582-h587: first run 0.917/0.917, 0.913/0.778,
            // 0.594/0.679 (two labels corrected); after councils, mayors, "sobre", Nordic museums, bodies of two-name places,
            // short names and Austria's landscapes 0.960/1.000, 0.958/0.852, 0.781/0.893
            new HeldOutSet("enrichment-heldout h588-h593 (eighty-eighth held-out set: Smithsonian, Pompei, Atapuerca, Hallstatt, Tournai, Vasa)",
                    588, 593, 0.95, 0.95, 0.95, 0.85, 0.75, 0.85),
            // zoos and aquariums: Taronga's platypuses, Zürich's snow leopards, Beauval's pandas, Genoa's dolphins, Temaikèn's
            // jaguar, Wrocław's elephants, written after every rule of h588-h593: first run 1.000/0.875, 0.792/0.792,
            // 0.800/0.857; after zoos as institutions, veterinarians, seas and mountains, Polish continents 1.000/0.958,
            // 0.917/0.917, 0.900/0.964
            new HeldOutSet("enrichment-heldout h594-h599 (eighty-ninth held-out set: Taronga, Zürich, Beauval, Genova, Temaikèn, Wrocław)",
                    594, 599, 0.95, 0.95, 0.90, 0.90, 0.85, 0.95),
            // libraries and archives: the British Library at Boston Spa, the BnF at Amiens, Weimar's ash books, Florence's
            // flood papers, the Archivo de Indias' maps, the Koninklijke Bibliotheek's web archive, written after every rule
            // of h594-h599: first run 0.960/1.000, 0.821/0.852, 0.581/0.621 (one label corrected); after libraries, archives
            // and museums as institutions, ministries' portfolios listed, royals' institutions, spa towns and rivers
            // 1.000/1.000, 1.000/0.963, 1.000/1.000
            new HeldOutSet("enrichment-heldout h600-h605 (ninetieth held-out set: British Library, BnF, Anna Amalia, BNCF, Archivo de Indias, KB)",
                    600, 605, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95),
            // fire brigades and wildfires: a brush fire at Castaic, the Serra da Estrela fire, Berlin's fire brigade, Viña del
            // Mar's wildfire, the Montiferru fire, the Biebrza fire, written after every rule of h600-h605: first run
            // 1.000/0.941, 0.778/0.667, 0.455/0.625; after fire brigades, bodies after listed places, clipped short names,
            // "ante", titles before adjectives, state offices, city districts, a region's government alone, corps, Polish
            // plurals and guards 1.000/1.000, 1.000/0.905, 0.857/1.000
            new HeldOutSet("enrichment-heldout h606-h611 (ninety-first held-out set: Castaic, Serra da Estrela, Berlin, Viña del Mar, Montiferru, Biebrza)",
                    606, 611, 0.95, 0.95, 0.95, 0.85, 0.80, 0.95),
            // postal services: Royal Mail's second-class letters, La Poste in the Creuse, the Deutsche Post's postage, Poste
            // Italiane's Polis, Correos and the SEPI, Poczta Polska's closures, written after every rule of h606-h611: first
            // run 1.000/0.909, 0.824/0.737, 0.719/0.793; after appositions headed by a role, postal operators, "Post" after a
            // German adjective, a listed body's legal form after a title, German nouns that are towns, Polish genitives and
            // projects' names 1.000/0.955, 0.938/0.789, 0.879/1.000
            new HeldOutSet("enrichment-heldout h612-h617 (ninety-second held-out set: Royal Mail, La Poste, Deutsche Post, Poste Italiane, Correos, Poczta Polska)",
                    612, 617, 0.95, 0.95, 0.90, 0.75, 0.85, 0.95),
            // tax authorities: HMRC's helpline, the DGFiP's offices, the Swiss tax administration, the Agenzia delle Entrate's
            // letters, the Agencia Tributaria's campaign, Skatteverket's offices, written after every rule of h612-h617:
            // first run 1.000/0.875, 0.950/0.905, 0.643/0.720 (two labels corrected); after given names, HMRC's full name,
            // Swiss federal bodies and departments, cantons' plural and guards 1.000/0.958, 1.000/0.952, 0.846/0.880
            new HeldOutSet("enrichment-heldout h618-h623 (ninety-third held-out set: HMRC, DGFiP, ESTV, Agenzia delle Entrate, AEAT, Skatteverket)",
                    618, 623, 0.95, 0.95, 0.95, 0.95, 0.80, 0.85),
            // orchestras and concert halls: the New York Philharmonic's contract, the Orchestre de Paris' season, the
            // Berliner Philharmoniker's chief conductor, the Filarmonica della Scala's tour, the Orquesta Nacional's premieres,
            // the Concertgebouworkest's new chief, written after every rule of h618-h623: first run 0.955/0.875,
            // 0.750/0.632, 0.654/0.773; after orchestras and theatres, concert halls, "alla", Dutch squares and given names
            // 1.000/1.000, 0.875/0.737, 0.875/0.955
            new HeldOutSet("enrichment-heldout h624-h629 (ninety-fourth held-out set: NY Philharmonic, Orchestre de Paris, Berliner Philharmoniker, Scala, ONE, KCO)",
                    624, 629, 0.95, 0.95, 0.85, 0.70, 0.85, 0.95),
            // medicines regulators: the MHRA's fake weight-loss pens, the ANSM's stock rule, the BfArM's shortages, the
            // Aifa's imports, the AEMPS's recall, the Polish pharmaceutical inspectorate, written after every rule of
            // h624-h629: first run 1.000/1.000, 1.000/1.000, 0.724/0.808; after acronyms read back over lower-case words,
            // federal institutes and associations, drug makers and a product's name 1.000 throughout
            new HeldOutSet("enrichment-heldout h630-h635 (ninety-fifth held-out set: MHRA, ANSM, BfArM, Aifa, AEMPS, GIF)",
                    630, 635, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95),
            // sea rescue: the RNLI's busiest summer, the SNSM's missing volunteers, the DGzRS's record year, the Guardia
            // costiera off Lampedusa, Salvamento Marítimo off El Hierro, the KNRM's call-outs, written after every rule of
            // h630-h635: first run 1.000/1.000, 1.000/0.886, 0.840/0.875; after sea channels, "costiera", "zur", the islands
            // and the Havariekommando 1.000 throughout
            new HeldOutSet("enrichment-heldout h636-h641 (ninety-sixth held-out set: RNLI, SNSM, DGzRS, Guardia costiera, Salvamento Marítimo, KNRM)",
                    636, 641, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95),
            // ski resorts: Vail Resorts' snowmaking, Val Thorens' opening, Tyrol's lift prices, Cortina's bobsleigh track,
            // Sierra Nevada's season, Skistar's bookings in Åre, written after every rule of h636-h641: first run
            // 0.960/1.000, 0.920/0.821, 0.870/0.800; after associations' names, Alpine adjectives, chambers, a consortium,
            // Swedish regions' councils and ski resorts 1.000 throughout
            new HeldOutSet("enrichment-heldout h642-h647 (ninety-seventh held-out set: Vail, Val Thorens, Tirol, Cortina, Sierra Nevada, Skistar)",
                    642, 647, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95));

    private LatestHeldOutSets() {
    }
}
