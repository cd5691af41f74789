package news.ingest.extract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Body rules that keep article text a furniture-word or single-container reading would lose. */
class ArticleBodyExtractorTest {

	private static String body(String fixture) {
		return ExtractFixtures.EXTRACTOR.extract(ExtractFixtures.bytes(fixture), null, "https://news.example.org/page",
				Instant.parse("2025-07-30T08:00:00Z")).body();
	}

	/** The body of a page written out in the test. */
	private static String bodyOfPage(String html) {
		return ExtractFixtures.EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), "utf-8",
				"https://news.example.org/page", Instant.parse("2025-07-30T08:00:00Z")).body();
	}

	@Test
	void blogTermClassesOnThePostDoNotMarkItAsFurniture() {
		// WordPress puts category-newsletter / tag-share on the post itself; the comments stay out.
		String body = body("blog-post-term-classes.html");

		assertThat(body).contains("grandmother baked", "zest of two lemons").doesNotContain("limes");
	}

	@Test
	void aLeadInABlockOfItsOwnIsPartOfTheBody() {
		String body = body("article-with-lead-block.html");

		assertThat(body).startsWith("Households will pay").contains("public hearing").doesNotContain("playground");
	}

	@Test
	void labelsOfRelatedLinksTableOfContentsAndCommentPromptsAreDropped() {
		String body = body("article-with-furniture-lines.html");

		assertThat(body).contains("drei neue Radwege", "Nordtangente", "gefährliche Kreuzungen")
			.doesNotContain("Inhaltsverzeichnis", "Lesen Sie auch", "interessieren", "Themen", "hilfreich",
					"Kommentare");
	}

	@Test
	void theStandfirstInAnArticleHeaderIsKeptWithoutItsBylineAndDate() {
		String body = body("article-header-standfirst.html");

		assertThat(body).startsWith("The ferry across the harbour runs again").contains("every twenty minutes")
			.doesNotContain("Lindqvist", "July 28", "Sport");
	}

	@Test
	void sectionsOfAnArticleAroundATeaserCardAreJoinedWithoutTheCard() {
		String body = body("article-sections-with-teaser-card.html");

		assertThat(body).startsWith("The new bridge over the river opened")
			.contains("forty-two million", "riverside park")
			.doesNotContain("Ferry timetable", "Fewer crossings");
	}

	@Test
	void anArticleDrupalPromotedToTheFrontPageIsNotPromotedContent() {
		String body = body("drupal-promoted-article.html");

		assertThat(body).contains("library reopens", "reading room").doesNotContain("Weekend markets");
	}

	@Test
	void siblingPostsCutOffAfterAFewLinesAreNotJoinedToAShortPost() {
		String body = body("short-post-with-cut-off-excerpts.html");

		assertThat(body).startsWith("The old orchard behind the school").endsWith("helped picks up a bottle for free.")
			.doesNotContain("Winter is the time", "hawthorn", "Compost");
	}

	@Test
	void aParagraphTrailingOffInAnEllipsisStaysInTheArticle() {
		String body = body("article-with-trailing-ellipsis.html");

		assertThat(body).startsWith("The last ferry leaves").contains("come into view...", "larger ship")
			.endsWith("from one end to the other.");
	}

	@Test
	void articleBodyMarkupOfTeaserCardsDoesNotHideTheUnmarkedArticle() {
		String body = body("teaser-cards-marked-as-article-body.html");

		assertThat(body).startsWith("The lighthouse on the northern cape").contains("small museum", "spiral staircase")
			.doesNotContain("harbour wall", "seal pups", "late crossing");
	}

	@Test
	void aWebOrMailAddressOnALineOfItsOwnIsKeptWhileALinkedHeadlineIsNot() {
		String body = body("article-with-address-lines.html");

		assertThat(body).contains("https://www.openpetition.de/petition/stadtpark", "stadtpark@example.org")
			.doesNotContain("Parkhaus am Bahnhof");
	}

	@Test
	void contactLabelsNumbersAndPhotoCreditsUnderAPressReleaseAreDropped() {
		String body = body("press-release-with-contact-and-credits.html");

		assertThat(body).contains("zwölftausend Haushalte", "Brutzeit", "Einwände der Anwohner", "© Sommertarif")
			.doesNotContain("Jana Berg", "aja/dpa", "Weitere Informationen", "Pressekontakt", "+49");
	}

	@Test
	void captionsDisclaimersAppealsAndTheThemesFilingLineAreDroppedFromABlogPost() {
		String body = body("blog-post-with-filing-line.html");

		assertThat(body).contains("jede Nacht die neuen Folgen", "auf jedem Gerät", "im Impressum abgelegt ist")
			.doesNotContain("Abbildung", "Regal", "ohne Gewähr", "Gefällt dir", "Tutorials", "Kategorie");
	}

	@Test
	void noticesAboutTheTextAndTheSitesOwnPromotionAreDroppedWhileAParagraphAboutANewsletterStays() {
		String body = body("article-with-notices.html");

		assertThat(body).startsWith("The harbour festival returns").contains("4:14 p.m.", "The festival newsletter",
				"https://example.org/festival-plan.pdf", "download the harbour app", "old lighthouse")
			.doesNotContain("Anzeige", "Published on", "Credit", "PDF herunterladen", "Permalink", "Comments",
					"licence", "views of the author", "signing up", "Harbour Morning", "apps for iOS", "on Twitter",
					"Advertisements", "A post shared by", "Related coverage", "READ MORE");
	}

	@Test
	void galleryCountersLabelsAppealsAndTheCopyrightReservationAreDroppedLikeADatelineInPortuguese() {
		String body = body("article-with-gallery-and-label-lines.html");

		assertThat(body).startsWith("The island ferry").contains("second evening crossing", "trial last autumn",
				"season tickets keep their price")
			.doesNotContain("Quinta-feira", "Picture 2", "Advert", "DON'T MISS", "More:", "Explore further",
					"readers' panel", "@baygazette", "subject to copyright", "Suggested citation", "1 2 3", "Writethru", "Associated Press", "Topics");
	}

	@Test
	void aDateLineWithTheWritersNameAPostsDetailsAndAClosingListOfLinkedHeadlinesAreDroppedWhileTheTipsStay() {
		String body = body("post-with-details-line-and-closing-link-list.html");

		assertThat(body).startsWith("Im Frühjahr").contains("wild wachsen", "Zeitpunkt so wichtig",
				"erst danach die langen Triebe", "Termine im Frühjahr")
			.doesNotContain("18:20", "Aufrufe", "Mehr aus dem Gartenheft", "Kompost", "Tomaten", "Hecke");
	}

	@Test
	void theBoxAroundAnAppealToFundTheSiteGoesWhole() {
		String body = body("article-with-appeal-box.html");

		assertThat(body).startsWith("The night buses").contains("summer timetable", "three hundred riders",
				"four of the six")
			.doesNotContain("Independent local news", "days of work", "two euros", "Stop whenever");
	}

	@Test
	void theCookieNoticeNewsletterPromptsAndTheCommentSectionsLabelsAndLoginPromptAreDropped() {
		String body = body("article-with-comment-and-cookie-lines.html");

		assertThat(body).startsWith("Die neue Fähre").contains("In den Kommentaren unter unserem letzten Bericht")
			.endsWith("wenn das Wetter es zulässt.")
			.doesNotContain("Cookies", "Newsletter", "3 Kommentare", "Kommentarfunktion", "loggen Sie sich");
	}

	@Test
	void rubyReadingsAreLeftOutOfTheText() {
		String body = body("article-with-ruby-readings.html");

		assertThat(body).contains("子どもを守るための法律ができて、親が子どもをたたくことを禁止することになりました。",
				"専門家が親に育て方を教えます。");
	}

	@Test
	void aTeaserBesideTheMarkedBodyInAWrapperBelowTheHeadlineLeadsTheText() {
		// The headline is outside the wrapper that holds both the teaser and the body.
		String body = body("news-item-with-teaser-text.html");

		assertThat(body).startsWith("Ab Montag rollen die Busse").contains("elf Millionen Euro");
	}

	@Test
	void aMarkedLeadRightBeforeTheContentLeadsTheTextWithoutAnH1() {
		// The headline is an <h2>; the lead sits in the header block before the image, the teaser higher up does not.
		String body = body("article-with-lead-under-h2.html");

		assertThat(body).startsWith("After four years without it").contains("49 euros")
			.doesNotContain("branch line", "Ann Lee");
	}

	@Test
	void theTextOfAPageHeroUnderTheHeadlineLeadsTheText() {
		String body = body("article-with-page-hero.html");

		assertThat(body).startsWith("Wärmepumpen nutzen die Wärme der Umwelt").contains("Energieberater");
	}

	@Test
	void aSummaryRepeatingAParagraphOfTheTextDoesNotLeadIt() {
		String body = body("article-with-summary-repeating-text.html");

		assertThat(body).startsWith("The prime minister stepped off the plane");
	}

	@Test
	void aStandfirstBetweenTheHeadlineAndTheMarkedBodyLeadsTheText() {
		String body = body("article-with-standfirst-above-body.html");

		assertThat(body).startsWith("Commuters will pay a fifth more").contains("fuel and crew costs", "public meeting")
			.doesNotContain("Transport", "guide to the islands");
	}

	@Test
	void aSubtitleUnderTheHeadlineAndASentenceSetAsAHeadingAreText() {
		String body = body("article-with-subtitle-and-text-heading.html");

		assertThat(body).startsWith("Ten years after it opened")
			.contains("Our reporter crossed the estuary", "A toll too high", "before 2060")
			.doesNotContain("Related", "Comments");
	}

	@Test
	void theIssuersDescriptionOfItselfUnderARuleOrAnAboutLabelClosesAPressReleaseAndIsLeftOut() {
		String underRule = body("press-release-with-boilerplate.html");
		String underLabel = body("press-release-with-about-label.html");

		// The same words inside the release are its text.
		assertThat(underRule).endsWith("Lind added.").doesNotContain("global supplier", "headquartered");
		assertThat(underLabel).endsWith("Lind added.").doesNotContain("About Harbour", "global supplier");
	}

	@Test
	void aCallToActionBoxUnderTheArticleIsLeftOut() {
		String body = body("article-with-call-to-action.html");

		assertThat(body).endsWith("at its next meeting.").doesNotContain("A word to our readers", "monthly gift");
	}

	@Test
	void aCommentThreadUnderItsHeadingAndTheStoryLinkAndScrollPromptsAreLeftOut() {
		String body = body("article-with-comment-thread.html");

		assertThat(body).startsWith("The old harbour crane").endsWith("first week of May.")
			.doesNotContain("Read or Share", "Scroll to read", "Comments", "grandfather");
	}

	@Test
	void aHeadingNamingTheCommentsBeforeTheArticleTextIsNoEndOfIt() {
		String body = body("article-with-comment-count-above.html");

		assertThat(body).contains("The council voted", "next spring").doesNotContain("Comments");
	}

	@Test
	void softHyphensMarkingWhereWordsMayBreakAreLeftOut() {
		String paragraph = "<p>Der Wein\u00ADberg am Nord\u00ADhang liefert seit vielen Jahren einen leichten, "
				+ "fruchtigen Rot\u00ADwein, den die Winzer der Gegend im Stahl\u00ADtank ausbauen.</p>";
		String body = bodyOfPage("<html><body><article><h1>Weinberg</h1>" + paragraph.repeat(3)
				+ "</article></body></html>");

		assertThat(body).contains("Der Weinberg am Nordhang", "fruchtigen Rotwein").doesNotContain("\u00AD");
	}

	@Test
	void theNextBlocksOfTheContentsKindJoinItWithTheirHeadings() {
		String step = "<p>Mehl, Zucker und die kalte Butter rasch zu einem glatten Teig verkneten, in Folie wickeln "
				+ "und eine Stunde kalt stellen, damit er sich später gut ausrollen lässt.</p>";
		String body = bodyOfPage("<html><body><h1>Apfelkuchen</h1><div class=\"recipe\"><h2>Für den Teig:</h2>"
				+ "<div class=\"step-block\">" + step.repeat(4) + "</div><hr><h2>Für den Belag:</h2><div class=\"step-block\">"
				+ "<ul><li>Die Äpfel schälen, entkernen und in dünne Spalten schneiden.</li><li>Mit Zitronensaft "
				+ "beträufeln und auf dem Teig verteilen.</li></ul></div><h2>Mehr Rezepte</h2><ul class=\"links\">"
				+ "<li><a href=\"/birnenkuchen\">Birnenkuchen vom Blech mit Streuseln</a></li></ul></div></body></html>");

		assertThat(body).startsWith("Für den Teig:")
			.contains("kalt stellen", "Für den Belag:", "in dünne Spalten schneiden", "auf dem Teig verteilen")
			.doesNotContain("Mehr Rezepte", "Birnenkuchen");
	}

	@Test
	void aForumThreadKeepsEveryPostsTextWithoutTheUserCards() {
		String reply = "<p>Bei meinem Kater war es genauso, er hat nachts in den Blumentöpfen auf dem Balkon gegraben "
				+ "und die Erde mit ins Körbchen getragen, das hat sich erst mit einem Netz gelegt.</p>";
		String body = bodyOfPage("<html><body><h1>Dreck im Katzenkörbchen</h1><div class=\"thread\">"
				+ post("Luise", "", "<p>Seit Tagen liegen morgens schwarze Krümel auf dem Kissen meiner Katze.</p>")
				+ post("Maja", " message--mod", reply.repeat(3))
				+ post("Tom", "", "<blockquote class=\"quote\"><div class=\"quote-title\">Luise said:</div><div>Seit "
						+ "Tagen liegen morgens Krümel</div></blockquote><p>Habt ihr schon beim Tierarzt nachgefragt?</p>")
				+ "</div></body></html>");

		assertThat(body).startsWith("Seit Tagen liegen morgens").contains("mit einem Netz gelegt", "beim Tierarzt nachgefragt")
			.doesNotContain("Stammgast", "Beiträge", "said:");
	}

	@Test
	void aForumCallingEveryPostACommentKeepsTheOpeningPost() {
		String opening = "<p>Seit dem Update kann ich unterwegs nicht mehr auf den Store zugreifen, im WLAN geht alles, "
				+ "über mobile Daten aber nichts, obwohl der Zugriff in den Einstellungen freigegeben ist.</p><p>Das Gerät habe ich schon mehrmals neu "
				+ "gestartet und die Einstellungen zurückgesetzt, andere Apps laden über LTE ohne jede Verzögerung.</p>";
		// The replies hold more text than the opening post, which is thus no wrapper around the page's text.
		String reply = "<div class=\"ForumComment\"><div class=\"ForumCommentText\"><p>Bei mir geht es mit der "
				+ "neuen Version ohne Probleme, auch über LTE, vielleicht liegt es am Anbieter oder an einem Profil, "
				+ "das noch von der Beta übrig ist.</p></div></div>";
		String body = bodyOfPage("<html><body><h2>Kein Store über mobile Daten</h2><div class=\"ForumComment\">"
				+ "<div class=\"ForumCommentText\">" + opening + "</div></div><h2>Kommentare</h2>"
				+ reply.repeat(2) + "</body></html>");

		assertThat(body).contains("Seit dem Update", "ohne jede Verzögerung")
			.doesNotContain("Kommentare", "ohne Probleme");
	}

	@Test
	void aDataTablesRowsLinkingTheirItemsAreKeptWhileALinkRowIsNot() {
		String paragraph = "<p>Zwölf Wasserkocher mussten zeigen, wie schnell sie einen Liter Leitungswasser zum Kochen "
				+ "bringen, wie laut sie dabei sind und ob der Deckel sich mit einer Hand öffnen lässt.</p>";
		String body = bodyOfPage("<html><body><article><h1>Wasserkocher im Test</h1>" + paragraph.repeat(3)
				+ "<table><tr><th>Modell</th><th>Preis</th><th>Note</th></tr>"
				+ "<tr><td><a href=\"/test/bruehmeister\">Brühmeister Classic 1,7 Liter</a></td><td>39 Euro</td>"
				+ "<td>gut</td></tr><tr><td><a href=\"/test/kesselfix\">Kesselfix Glas 1,5 Liter</a></td>"
				+ "<td>25 Euro</td><td>befriedigend</td></tr>"
				+ "<tr><td><a href=\"/kueche\">Küchengeräte</a></td><td><a href=\"/tests\">Alle Tests</a></td></tr>"
				+ "</table></article></body></html>");

		assertThat(body).contains("Brühmeister Classic 1,7 Liter 39 Euro gut", "Kesselfix Glas 1,5 Liter")
			.doesNotContain("Küchengeräte", "Alle Tests");
	}

	@Test
	void aDataTableBetweenTheSectionsOfAnArticleIsNoListOfTeasers() {
		String intro = "<p>Zwölf Wasserkocher mussten zeigen, wie schnell sie einen Liter Leitungswasser zum Kochen "
				+ "bringen, wie laut sie dabei sind und ob der Deckel sich mit einer Hand öffnen lässt.</p>";
		String row = "<tr><td><a href=\"/test/%s\">%s Edelstahl 1,7 Liter mit Kalkfilter</a></td><td>%s Euro</td>"
				+ "<td>gut</td></tr>";
		String section = "<p>Im Dauertest über drei Monate setzte sich in den meisten Geräten Kalk ab, am wenigsten "
				+ "dort, wo ein feines Sieb vor dem Ausguss sitzt, das sich zum Reinigen herausnehmen lässt.</p>";
		String body = bodyOfPage("<html><body><div class=\"page\"><h1>Wasserkocher im Test</h1>"
				+ "<div class=\"text\">" + intro.repeat(2) + "</div>"
				+ "<div class=\"text\"><h2>Messwerte</h2><table><tr><th>Modell</th><th>Preis</th><th>Note</th></tr>"
				+ row.formatted("a", "Brühmeister", "39") + row.formatted("b", "Kesselfix", "25")
				+ row.formatted("c", "Teefreund", "45") + "</table></div>"
				+ "<div class=\"text\"><h2>Kalk</h2>" + section.repeat(3) + "</div></div></body></html>");

		assertThat(body).startsWith("Zwölf Wasserkocher").contains("Brühmeister Edelstahl", "Teefreund Edelstahl",
				"feines Sieb");
	}

	@Test
	void lettersWrittenAsABaseAndACombiningMarkAreComposed() {
		String paragraph = "<p>Der Stadtrat von Mu\u0308nster hat am Dienstag beschlossen, die Bru\u0308cke u\u0308ber "
				+ "den Kanal bis zum Herbst fu\u0308r den Autoverkehr zu sperren.</p>";
		String body = bodyOfPage("<html><body><article><h1>Brücke gesperrt</h1>" + paragraph.repeat(2)
				+ "</article></body></html>");

		assertThat(body).contains("Münster", "die Brücke über den Kanal").doesNotContain("\u0308");
	}

	@Test
	void aSectionOfTheContentsKindWithoutItsModifiersJoinsItWhileABlockSharingAStyleDoesNot() {
		String paragraph = "<p>Die Fähre zwischen den beiden Inseln fährt ab Mai wieder stündlich, nachdem die Werft den "
				+ "Rumpf ausgebessert, die Maschine überholt und die Rampe für Fahrräder verbreitert hat.</p>";
		String body = bodyOfPage("<html><body><main><h1>Die Fähre fährt wieder</h1>"
				+ "<div class=\"section shaded\">" + paragraph.repeat(6) + "</div>"
				+ "<div class=\"section\"><p>Wer ein Auto mitnehmen will muss den Platz dafür bis zum Vorabend im Büro am "
				+ "Hafen buchen und das Ticket an Bord vorzeigen.</p></div>"
				+ "<div class=\"shaded\"><p>Unser Reisebüro am Markt berät Sie gerne zu allen Fahrten an die Küste und "
				+ "hat montags bis samstags von neun bis achtzehn Uhr für Sie geöffnet.</p></div></main></body></html>");

		assertThat(body).contains("Rampe für Fahrräder", "im Büro am Hafen buchen").doesNotContain("Reisebüro");
	}

	@Test
	void theHeadlineRepeatedUnderItsKickerIsDroppedWhileAHeadingQuotingItStays() {
		String paragraph = "<p>Die Fähre zwischen den beiden Inseln fährt ab Mai wieder stündlich, nachdem die Werft den "
				+ "Rumpf ausgebessert, die Maschine überholt und die Rampe für Fahrräder verbreitert hat.</p>";
		String body = bodyOfPage("<html><head><title>Die Fähre fährt wieder</title></head><body><article>"
				+ "<h1>Die Fähre fährt wieder</h1><h2><span>Inseln</span> Die Fähre fährt wieder</h2>" + paragraph.repeat(3)
				+ "<h3>Schickt uns eure Fotos von der ersten Fahrt für »Die Fähre fährt wieder«</h3>" + paragraph
				+ "</article></body></html>");

		assertThat(body).startsWith("Die Fähre zwischen den beiden Inseln").contains("Schickt uns eure Fotos");
	}

	@Test
	void aLineWhoseWordsRunOnIntoItsLinkIsASentenceWhileLabelledAndBareLinksAreNot() {
		String paragraph = "<p>Der Leuchtturm auf der Mole wird nach zwei Jahren Umbau am Samstag wieder geöffnet, mit "
				+ "einer neuen Treppe, einem kleinen Museum im Erdgeschoss und einem Café auf der Plattform.</p>";
		String body = bodyOfPage("<html><body><article><h1>Der Leuchtturm ist wieder offen</h1>" + paragraph.repeat(3)
				+ "<p>Alle zwölf Folgen gibt es bei <a href=\"/podcast\">Der Leuchtturmwärter erzählt aus seinem "
				+ "Leben</a></p><p>Noch mehr Lesestoff: <a href=\"/bruecke\">Die neue Brücke über den Fluss ist eröffnet "
				+ "worden</a></p><p>Hafen Nachrichten <a href=\"/faehre\">Neue Fähre für die Inselroute bestellt</a></p>"
				+ "<p>Getaggt mit <a href=\"/tag/mole\">Mole</a>, <a href=\"/tag/museum\">Museum</a></p>"
				+ "</article></body></html>");

		assertThat(body).contains("Alle zwölf Folgen gibt es bei Der Leuchtturmwärter erzählt")
			.doesNotContain("Lesestoff", "neue Brücke", "Inselroute", "Getaggt");
	}

	@Test
	void aShortBlockWinningByItsClassWordGivesWayToSectionsEachABlockOfThePage() {
		// The standfirst's "post-text" outscores each layout column; the sections are children of <body> of their
		// own, out of reach of widening from it. Under the headline, before them, it leads the text.
		String standfirst = "<p>The valley's heating cooperative, founded by four farmers, a baker and the parish, "
				+ "will pipe warmth from a wood-chip boiler to every house along the river, starting in October.</p>";
		String paragraph = "<p>Each house gets a small exchanger in the cellar in place of its oil tank, and the "
				+ "cooperative reads the meters twice a year, so nobody has to order fuel again.</p>";
		String section = "<div class=\"band\"><div class=\"column\"><h2>Pipes</h2>" + paragraph.repeat(3)
				+ "</div></div>";
		String body = bodyOfPage("<html><body><section class=\"intro-band\"><div class=\"wrap\">"
				+ "<h1>Warm houses from the valley's own wood</h1><div class=\"post-text\">" + standfirst
				+ "</div></div></section>" + section + section + "</body></html>");

		assertThat(body).startsWith("The valley's heating cooperative").contains("small exchanger in the cellar");
	}

	/** A forum post; a moderator's (the longest one here) has a class of its own. */
	private static String post(String user, String variant, String text) {
		return "<article class=\"message message--post" + variant + "\"><div class=\"message-user\"><h4>" + user + "</h4>"
				+ "<span>Stammgast</span><dl><dt>Beiträge</dt><dd>1.204</dd></dl></div>"
				+ "<div class=\"message-main\"><div class=\"message-body\">" + text + "</div></div></article>";
	}

}
