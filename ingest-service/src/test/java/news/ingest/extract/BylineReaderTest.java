package news.ingest.extract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Authors found in the page markup when no metadata names them. */
class BylineReaderTest {

	private static List<String> authors(String body) {
		String html = "<html><head><title>Ein Titel</title></head><body><article><h1>Ein Titel</h1>" + body
				+ "<p>Der Text des Artikels, lang genug, um ein Artikel zu sein.</p></article></body></html>";
		return ExtractFixtures.EXTRACTOR
			.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://blog.example.org/post",
					Instant.parse("2025-07-30T08:00:00Z"))
			.authors();
	}

	@Test
	void aBylineOnAnotherPostsCardAfterTheArticleIsNotItsAuthor() {
		String html = "<html><head><title>Ein Titel</title></head><body class=\"single postid-42\">"
				+ "<article class=\"post-42 post\"><h1>Ein Titel</h1>"
				+ "<p>Der Text des Artikels, lang genug, um ein Artikel zu sein.</p></article>"
				+ "<div class=\"grid\"><article class=\"card post-7 post\"><h3>Ein anderer Titel</h3>"
				+ "<span class=\"card-author\">Jane Doe</span></article></div></body></html>";

		assertThat(ExtractFixtures.EXTRACTOR
			.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://blog.example.org/post",
					Instant.parse("2025-07-30T08:00:00Z"))
			.authors()).isEmpty();
	}

	@Nested
	class WrittenBylines {

		@Test
		void anEmbeddedPostsCreditIsNoByline() {
			assertThat(authors("<blockquote cite=\"https://social.example.com/p/1\"><p>Ein Zitat aus dem Netz.</p>"
					+ "<p>Posted by <a href=\"/x\">Jane Doe</a> on Monday, February 7, 2022</p></blockquote>"))
				.isEmpty();
		}

		@Test
		void aSubscriptionBoxsPriceIsNoByline() {
			assertThat(authors("<div class=\"suscripcion_box\"><p class=\"plan\">Tarifa lectora</p><span>2,50 €</span>"
					+ "<p class=\"periodo\">POR SEMANA</p></div>")).isEmpty();
		}

		@Test
		void aLabelBeforeALinkedName() {
			assertThat(authors("<span class=\"meta-text\">By <a href=\"/x\">Jane Doe</a></span>"))
				.containsExactly("Jane Doe");
		}

		@Test
		void germanAndFrenchLabelsWithDatesAfterTheName() {
			assertThat(authors("<p>VON <a href=\"/x\">MORITZ GATHMANN</a> am 21. April 2020</p>"))
				.containsExactly("MORITZ GATHMANN");
			assertThat(authors("<div><span>Par&nbsp;<a href=\"/x\">Jean de la Tour</a></span> le 3 mai</div>"))
				.containsExactly("Jean de la Tour");
		}

		@Test
		void theDanishLabelInsideABlockThatOpensWithTheSectionAndDate() {
			assertThat(authors("<div class=\"created_and_author\"><div class=\"created_at\">Indland - 2. maj 2021 "
					+ "kl. 10:21</div><div class=\"author\">Af Jens Hansen</div></div>"))
				.containsExactly("Jens Hansen");
		}

		@Test
		void aLabelPaddedByLayoutWhitespaceIsStillAByline() {
			// Longer than a byline as written in the HTML, short once its whitespace is collapsed.
			assertThat(authors("<p>By" + " \n\t".repeat(80) + "Jane Doe</p>")).containsExactly("Jane Doe");
		}

		@Test
		void aParagraphOpeningWithALabelIsNoByline() {
			assertThat(authors("<p>By the time the ferry reached the harbour, the storm had passed and the fishermen "
					+ "had long gone home to their families, leaving the boats tied up along the quay until dawn.</p>"
					+ "<p>Von Jane Doe</p>")).containsExactly("Jane Doe");
		}

		@Test
		void aLabelStandingAloneInItsElement() {
			assertThat(authors("<div><h5>Autor: </h5>Peter Maahn<br>Quelle: dpa</div>")).containsExactly("Peter Maahn");
			assertThat(authors("<div><span class=\"article_author\">Article by</span><br><span class=\"author\">"
					+ "Barry Doe</span></div>")).containsExactly("Barry Doe");
		}

		@Test
		void anAuthorLabelOpeningTheLastLineOfALongBlock() {
			String prose = "Der Text des Artikels, lang genug, um ein Artikel zu sein, und noch ein wenig länger. ";
			assertThat(authors("<div>" + prose + prose + "<br><br>Quelle: dpa<br><br>Autor: <a href=\"/anwalt/\">"
					+ "Rechtsanwalt</a> Jane Doe</div>")).containsExactly("Jane Doe");
			// "Von:" also heads a quoted e-mail's sender; an earlier line is a record's field.
			assertThat(authors("<div>" + prose + prose + "<br><br>Von: Jane Doe</div>")).isEmpty();
			assertThat(authors("<div>" + prose + prose + "<br><br>Autor: Jane Doe<br>Verlag: Acme</div>")).isEmpty();
		}

		@Test
		void anInterviewsGuestAfterMitIsNoAuthor() {
			assertThat(authors("<p><em>Ein Interview von <strong>Jane Doe</strong> mit <strong>John Roe</strong>.</em>"
					+ "</p>")).containsExactly("Jane Doe");
			assertThat(authors("<div>Vom Blech, mit Streuseln &amp; Co.</div>")).isEmpty();
		}

		@Test
		void severalAuthorsAndAnAgency() {
			assertThat(authors("<p>Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR</p>"))
				.containsExactly("Volkmar Kabisch", "Jan Lukas Strozyk", "Benedikt Strunz", "NDR");
		}

		@Test
		void chineseLabelsWithAFullWidthColon() {
			assertThat(authors("<div><span>责任编辑：  焦鹏  </span></div>")).containsExactly("焦鹏");
			assertThat(authors("<p>作者：孔德明</p>")).containsExactly("孔德明");
			assertThat(authors("<p>编辑：这是一句很长的话而不是名字</p>")).isEmpty();
		}

		@Test
		void aSentenceStartingWithVonIsNoByline() {
			assertThat(authors("<p>Von Anfang an war klar, dass es regnet.</p>")).isEmpty();
		}

		@Test
		void separatorsEndTheName() {
			assertThat(authors("<h4>By Giovanni Gaggero | 12/10/2020</h4>")).containsExactly("Giovanni Gaggero");
		}

		@Test
		void aLabelAfterASeparator() {
			assertThat(authors("<div>05.02.2020 <span>- Redaktion: Eva Kern (Pressesprecherin)</span></div>"))
				.containsExactly("Eva Kern");
			assertThat(authors("<div><span class=\"screen-reader-text\">| By </span> <span>Cara Long</span> | "
					+ "<time>April 13, 2020</time></div>")).containsExactly("Cara Long");
		}

		@Test
		void aLabelAloneInItsBlockBeforeTheNameInTheNext() {
			assertThat(authors("<div><div><p class=\"label\"><strong>By</strong></p></div>"
					+ "<div><p class=\"full-name\">Todd Barnes</p></div></div>")).containsExactly("Todd Barnes");
			assertThat(authors("<div><b>Von:</b><br><br> Götz Wagner</div>")).containsExactly("Götz Wagner");
		}

		@Test
		void aLabelAloneBeforeASingleWordInTheNextCellIsNoByline() {
			assertThat(authors("<table><tr><td><div>MO</div></td><td><div>DI</div></td><td><div>MI</div></td>"
					+ "</tr></table>")).isEmpty();
		}

		@Test
		void anAgencyCodeInLowerCaseAfterTheNameIsNoAuthor() {
			assertThat(authors("<p>Von David Hunt, dpa</p>")).containsExactly("David Hunt");
		}

		@Test
		void columnAndCreditLabels() {
			assertThat(authors("<p><strong>Eine Kolumne von Nils Berger</strong></p>")).containsExactly("Nils Berger");
			assertThat(authors("<table><tr><td>26 | 01 | 2022</td><td><span>Text &amp; Fotos:</span> Ivan Petrov"
					+ "</td></tr></table>")).containsExactly("Ivan Petrov");
		}

		@Test
		void aBlogMetaLineNamesTheAuthorAfterTheCategoriesByLogin() {
			assertThat(authors("<div class=\"meta\">Posted in <a href=\"/category/schule/\">Schule</a> by kmueller on "
					+ "August 3, 2019</div>")).containsExactly("kmueller");
			assertThat(authors("<div>Posted in <a href=\"/category/x/\">Reisen</a> by Lena Brandt</div>"))
				.containsExactly("Lena Brandt");
		}

		@Test
		void aLabelWithAColonNamesTheAuthorByLogin() {
			assertThat(authors("<div class=\"title\"><small>Verfasst von: <strong>kmueller</strong> | 31. Dezember 2008"
					+ "</small></div>")).containsExactly("kmueller");
			assertThat(authors("<p>Autor: kmueller</p>")).containsExactly("kmueller");
		}

		@Test
		void aLowerCaseWordAfterByIsNoLoginOutsideAPostedInLine() {
			assertThat(authors("<p>Made <em>by</em> hand</p><div><b>by</b> kmueller</div>")).isEmpty();
			assertThat(authors("<div>Posted in <a href=\"/category/x/\">Reisen</a> by the river</div>")).isEmpty();
		}

		@Test
		void aDatelineAfterALineBreakIsNoPartOfTheNames() {
			assertThat(authors("<p>Von <strong>Rolf Brock</strong> und <strong>Sven Dresch</strong><br> Kakuma / "
					+ "Kenia</p>")).containsExactly("Rolf Brock", "Sven Dresch");
			assertThat(authors("<p>Von:<br>Rolf Brock</p>")).containsExactly("Rolf Brock");
		}

		@Test
		void aPressReleaseNamesItsAuthor() {
			assertThat(authors("<div class=\"meta\">Pressemitteilung von Katrin Kühn</div>"))
				.containsExactly("Katrin Kühn");
		}

		@Test
		void aLongerGermanLabel() {
			assertThat(authors("<div>Ein Artikel von <strong>Anna Berg</strong> | 27.01.2022 - 12:45</div>"))
				.containsExactly("Anna Berg");
		}

	}

	@Nested
	class Markup {

		@Test
		void theSectionABylineBoxNamesIsNoAuthor() {
			assertThat(authors("<div class=\"author\"><a href=\"/politik\"><span class=\"main-section\">Politik"
					+ "</span></a></div>")).isEmpty();
			assertThat(authors("<div class=\"byline\"><a class=\"category\" href=\"/politik\">Politik</a> "
					+ "<span>Jane Doe</span></div>")).containsExactly("Jane Doe");
		}

		@Test
		void theTagLinksABylineBoxListsNameNoOne() {
			assertThat(authors("<div class=\"post-meta vcard author\"><span>03.02.2021</span> / <a href=\"/gebiet/see/\" "
					+ "rel=\"tag\">Seegang</a> / <a href=\"/gebiet/ebbe/\" rel=\"category tag\">Gezeitenkraft</a></div>"))
				.isEmpty();
		}

		@Test
		void thePublicationABylineBoxNamesBesideTheWriterIsNoPartOfTheName() {
			assertThat(authors("<div class=\"byline-box\"><div class=\"attribution\"><span class=\"author\">Jane Doe "
					+ "and John Roe</span> <span class=\"publication\">Springfield Courier</span></div><div>Published "
					+ "10:02 AM EST Nov 19, 2019</div></div>"))
				.containsExactly("Jane Doe", "John Roe");
		}

		@Test
		void thePlaceABylineBoxNamesBesideTheWriterIsNoPartOfTheName() {
			assertThat(authors("<div class=\"author\"><p class=\"p-author\">Jane Doe</p><p class=\"p-author-local\">"
					+ "In Springfield</p><p class=\"p-author time\">14/05/2021 10h30</p></div>"))
				.containsExactly("Jane Doe");
		}

		@Test
		void schemaAuthorAsMetaContent() {
			assertThat(authors("<meta itemprop=\"author\" content=\"Frank Hahn\">")).containsExactly("Frank Hahn");
		}

		@Test
		void anAuthorAmongSeveralItemProperties() {
			assertThat(authors("<p><span itemprop=\"author creator\">Lida Doe</span> · 11. Oktober 2018</p>"))
				.containsExactly("Lida Doe");
			assertThat(authors("<div itemprop=\"author publisher\" itemscope itemtype=\"https://schema.org/Organization\">"
					+ "<span itemprop=\"name\">Acme Media</span></div>")).isEmpty();
		}

		@Test
		void thePicturesAuthorIsNotTheArticles() {
			assertThat(authors("<article itemscope itemtype=\"https://schema.org/NewsArticle\">"
					+ "<figure itemprop=\"image\" itemscope itemtype=\"https://schema.org/ImageObject\"><img src=\"a.jpg\">"
					+ "<figcaption><span itemprop=\"author\">Anna Lens</span></figcaption></figure>"
					+ "<p>Text.</p><span itemprop=\"author\">Frank Hahn</span></article>"))
				.containsExactly("Frank Hahn");
		}

		@Test
		void authorClassesAndAuthorPageLinks() {
			assertThat(authors("<div class=\"post-author-name\">Andrea Middleton</div>"))
				.containsExactly("Andrea Middleton");
			assertThat(authors("<div class=\"meta\"><a href=\"https://blog.example.org/author/tim/\">Tim Anderson</a>"
					+ "</div>"))
				.containsExactly("Tim Anderson");
			assertThat(authors("<div class=\"meta\"><a href=\"https://blog.example.org/Autor/Tim/\">Tim Anderson</a>"
					+ "</div>"))
				.containsExactly("Tim Anderson");
			// A research institute's fellows have expert pages.
			assertThat(authors("<ul class=\"meta\"><li><a href=\"/fellows-area/experts/731\">Ruth Okafor</a></li>"
					+ "</ul>"))
				.containsExactly("Ruth Okafor");
		}

		@Test
		void aHiddenAuthorLinkGivesWayToTheVisibleByline() {
			assertThat(authors("<span class=\"byline-author\">Posted by Jane Doe and John Roe - Safety team</span>"
					+ "<a href=\"https://social.example.com/1\" rel=\"author\" style=\"display: none;\">Acme</a>"))
				.containsExactly("Jane Doe", "John Roe");
			assertThat(authors("<a href=\"https://social.example.com/1\" rel=\"author\">Jane Doe</a>"))
				.containsExactly("Jane Doe");
		}

		@Test
		void theFirstForumUserNameIsThePoster() {
			assertThat(authors("<div class=\"submitted\">Gespeichert von <span class=\"username\">rasos</span> am "
					+ "24. Juli 2017</div>")).containsExactly("rasos");
			assertThat(authors("<ul id=\"username\"><li><a href=\"/login\">Login</a></li></ul>")).isEmpty();
		}

		@Test
		void namesWithDigitsAreKept() {
			assertThat(authors("<div class=\"left author\">Author: <b>Bo2man</b> am 29.12.2010</div>"))
				.containsExactly("Bo2man");
		}

		@Test
		void theArticlesMetaLineInAnAsideInsideTheArticle() {
			assertThat(authors("<aside class=\"meta\"><p class=\"authors\">Von:<br><i><a href=\"/autor/moritz-peters\">"
					+ "Moritz Peters</a></i></p></aside>")).containsExactly("Moritz Peters");
		}

		@Test
		void coAuthorLinksSideBySide() {
			assertThat(authors("<div class=\"byline\"><a href=\"/autor/ines-caro\">Ines Caro</a><span> y </span>"
					+ "<a href=\"/autor/rosa-lara\">Rosa Lara</a></div>")).containsExactly("Ines Caro", "Rosa Lara");
			assertThat(authors("<span><a href=\"/autoren/clara-loh\">Clara Loh</a>, <a href=\"/autoren/sid-prak\">"
					+ "Sid Prak</a> &amp; <a href=\"/autoren/klaus-jung\">Klaus Jung</a></span>"))
				.containsExactly("Clara Loh", "Sid Prak", "Klaus Jung");
		}

		@Test
		void spansSideBySideInAnAuthorBoxAreSeparateWords() {
			assertThat(authors("<div class=\"gallery-author-info\"><a><span>Ella Stein</span></a><span><span>vor 5 "
					+ "Stunden</span></span></div>")).containsExactly("Ella Stein");
		}

		@Test
		void commentersAndSidebarsAreIgnored() {
			assertThat(authors("<aside><div class=\"byline\">By Side Bar</div></aside>"
					+ "<ol class=\"commentlist\"><li><span class=\"author\">Carl Commenter</span></li></ol>"))
				.isEmpty();
		}

		@Test
		void aMenuNamedInOneWordIsNavigation() {
			assertThat(authors("<div class=\"site-mainnav\"><ul><li><a href=\"/shows/by-any-means\">By Any Means Necessary"
					+ "</a></li></ul></div><p>by Jane Doe</p>")).containsExactly("Jane Doe");
		}

		@Test
		void aNewsletterFormsMessageIsNoByline() {
			assertThat(authors("<div class=\"newsletter\"><div id=\"newsletter_ko\">POR FAVOR, VUELVA A INTENTARLO"
					+ "</div></div><p>Por Ana Ruiz</p>")).containsExactly("Ana Ruiz");
		}

		@Test
		void aTeaserCardsBylineNamesTheOtherArticlesWriter() {
			assertThat(authors("<a href=\"/politik/andere-geschichte\"><h3>Eine andere Geschichte</h3>"
					+ "<div class=\"author-name\">Von Andreas Teaser</div></a>")).isEmpty();
			assertThat(authors("<a href=\"/autor/jane-doe\"><h4 class=\"author-name\">Jane Doe</h4></a>"))
				.containsExactly("Jane Doe");
		}

	}

	@Nested
	class WithoutLabel {

		private static final String PROSE = "<p>Der Text des Artikels, lang genug, um ein Artikel zu sein, und er "
				+ "geht noch weiter, mit einem zweiten Satz über die Stadt, ihre Straßen und ihre Menschen.</p>";

		@Test
		void aDateLineEndingInAName() {
			assertThat(authors("<p class=\"text-muted\">11.12.2019 - Amelie Brandt</p>")).containsExactly("Amelie Brandt");
			assertThat(authors("<small>04.02.2022 | 13:10 Uhr | Uta Kramer</small>")).containsExactly("Uta Kramer");
		}

		@Test
		void aDateLineWithALabelBeforeALoneFirstName() {
			assertThat(authors("<h2>Stars <span>06.11.2023 13:30 von Olga </span></h2>")).containsExactly("Olga");
			assertThat(authors("<p>12.03.2021 von Berlin nach Hamburg</p>")).isEmpty();
		}

		@Test
		void aPluralAuthorLabelWithoutColon() {
			assertThat(authors("<p>Autoren Jelka Dorn und Jutta Klein</p>")).containsExactly("Jelka Dorn", "Jutta Klein");
			assertThat(authors("<p>Autoren aus ganz Europa lesen in Bonn</p>")).isEmpty();
		}

		@Test
		void aDateLineEndingInASingleWordNamesAPlace() {
			assertThat(authors("<p>11.12.2019 - Hamburg</p>")).isEmpty();
		}

		private static List<String> signed(String articleText) {
			String html = "<html><body><article><h1>Ein Titel</h1>" + articleText + "</article></body></html>";
			return ExtractFixtures.EXTRACTOR
				.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://blog.example.org/post", null)
				.authors();
		}

		@Test
		void anEmphasisedNameUnderTheArticleSignsIt() {
			assertThat(signed(PROSE + PROSE + PROSE + "<p><b><i>Stefan Wagner</i></b></p>"))
				.containsExactly("Stefan Wagner");
			assertThat(signed(PROSE + PROSE + PROSE + "<p align=\"right\"><font>Denise Clerc</font></p><p> </p>"))
				.containsExactly("Denise Clerc");
		}

		@Test
		void anEssayIsSignedAboveItsFootnotes() {
			assertThat(signed(PROSE + PROSE + PROSE + "<p align=\"right\"><em>Denise Clerc</em></p>"
					+ "<p>(1) Ces chiffres sont publiés par l'OCDE.</p><table><tr><td>Un encadré</td></tr></table>"))
				.containsExactly("Denise Clerc");
			assertThat(signed(PROSE + PROSE + PROSE + "<p align=\"right\"><em>Denise Clerc</em></p>"
					+ "<p>Ces chiffres sont publiés par l'OCDE.</p>")).isEmpty();
		}

		@Test
		void aFirstNameAboveTheDateOfWritingSignsTheArticle() {
			assertThat(signed(PROSE + PROSE + PROSE + "<p>Benno<br> 10. September 2017</p>")).containsExactly("Benno");
			assertThat(signed(PROSE + PROSE + PROSE + "<p>Hamburg<br>Die Fähre fährt täglich.</p>")).isEmpty();
			assertThat(signed(PROSE + PROSE + PROSE + "<p>Benno<br> 10. September 2017</p>" + PROSE)).isEmpty();
		}

		@Test
		void aNameAboveTheSignersRoleSignsTheArticle() {
			assertThat(signed(PROSE + PROSE + PROSE + "<p>Kemal Yildiz<br> Bundesvorsitzender</p>"))
				.containsExactly("Kemal Yildiz");
			assertThat(signed(PROSE + PROSE + PROSE + "<p>Kemal Yildiz<br> Tel. 0211 77900</p>")).isEmpty();
			assertThat(signed(PROSE + PROSE + PROSE + "<p>Hamburg Altona<br>Die Fähre fährt täglich.</p>")).isEmpty();
		}

		@Test
		void aSignerNamedUnderTheArticleWinsOverAnOrganisationsMetaAuthor() {
			String html = "<html><head><meta name=\"author\" content=\"ACME\"></head><body><article><h1>Ein Titel</h1>"
					+ PROSE + PROSE + PROSE + "<p>Kemal Yildiz<br> Bundesvorsitzender</p></article></body></html>";
			assertThat(ExtractFixtures.EXTRACTOR
				.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://verband.example.org/a", null)
				.authors()).containsExactly("Kemal Yildiz");
		}

		@Test
		void theCommentThePostsAuthorWroteNamesThem() {
			String comments = "<ol class=\"commentlist\"><li class=\"comment even\"><div class=\"comment-author vcard\">"
					+ "<cite class=\"fn\">Carl Reader</cite> sagt:</div><p>Danke!</p></li>"
					+ "<li class=\"comment byuser comment-author-hansmo bypostauthor odd\"><div class=\"comment-author\">"
					+ "<cite class=\"fn\">HansMo</cite> sagt:</div><p>Gern!</p></li></ol>";
			assertThat(signed(PROSE + comments)).containsExactly("HansMo");
			assertThat(signed(PROSE + "<ol><li class=\"bypostauthor\"><p class=\"comment-author\">MikeNils</p></li></ol>"))
				.containsExactly("MikeNils");
		}

		@Test
		void aBylineWinsOverThePostAuthorsComment() {
			assertThat(signed("<p class=\"byline\">Von Nina Roth</p>" + PROSE
					+ "<ol><li class=\"bypostauthor\"><cite class=\"fn\">nroth</cite></li></ol>"))
				.containsExactly("Nina Roth");
		}

		@Test
		void aPersonsCopyrightLineNamesTheAuthorOfAPageNamingNoOne() {
			assertThat(signed(PROSE + "</article><div id=\"footer\"><p>Copyright (c) 2012- Gregor Szabo. All rights "
					+ "reserved. Design by <a href=\"/x\">CSS Templates</a>.</p></div><article>"))
				.containsExactly("Gregor Szabo");
			assertThat(signed(PROSE + "<p class=\"copyrights-text\">(c) Johanna Wolff • Weitere Rechte siehe Impressum</p>"))
				.containsExactly("Johanna Wolff");
			assertThat(signed(PROSE + "<div id=\"credits\"><p>(<a href=\"/cc\">Creative Commons-Lizenz</a>) 2006-2008 by "
					+ "Martin Weber<br>Hosted by Acme</p></div>")).containsExactly("Martin Weber");
			assertThat(signed(PROSE + "<p>2019 by Acme Publishing.</p>")).isEmpty();
		}

		@Test
		void publishersAndPictureCreditsHoldingCopyrightAreNoAuthors() {
			assertThat(signed(PROSE + "<footer><p>© 2020 Deutscher Turner-Bund</p></footer>")).isEmpty();
			assertThat(signed(PROSE + "<footer><p>© 2020 The Liberty Times</p></footer>")).isEmpty();
			assertThat(signed(PROSE + "<footer><p>© 2020 Maria Schmidt, Inc.</p></footer>")).isEmpty();
			assertThat(signed(PROSE + "<p>Foto © Jörg Gemsch, Heidi Jost</p>")).isEmpty();
			assertThat(signed("<figure><img src=\"a.jpg\"><figcaption>© Marcel Burkhardt</figcaption></figure>" + PROSE))
				.isEmpty();
			assertThat(signed("<p class=\"copyright\">© Marcel Burkhardt</p>" + PROSE
					+ "<footer>© Schweizerische Vogelwarte</footer>")).isEmpty();
		}

		@Test
		void aBylineWinsOverTheCopyrightLine() {
			assertThat(signed("<p class=\"byline\">Von Nina Roth</p>" + PROSE + "<footer>© 2019 Sven Schreiber</footer>"))
				.containsExactly("Nina Roth");
		}

		@Test
		void anEmphasisedLineWithMoreBelowOrNoProseAboveIsNoSignature() {
			assertThat(signed(PROSE + PROSE + PROSE + "<p><strong>Weitere Informationen</strong></p>" + PROSE))
				.isEmpty();
			assertThat(signed("<p>Kurz.</p><p><strong>Stefan Wagner</strong></p>")).isEmpty();
		}

	}

	@Nested
	class Metadata {

		private static List<String> pageAuthors(String head, String body) {
			String html = "<html><head>" + head + "</head><body>" + body + "<p>Text</p></body></html>";
			return ExtractFixtures.EXTRACTOR
				.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://example.org/a", null)
				.authors();
		}

		@Test
		void twitterLabelDataPairs() {
			assertThat(pageAuthors("<meta name=\"twitter:label1\" content=\"Verfasst von\">"
					+ "<meta name=\"twitter:data1\" content=\"Irmela Schwab\">", "")).containsExactly("Irmela Schwab");
		}

		@Test
		void jsonLdRecipeAuthor() {
			assertThat(pageAuthors("<script type=\"application/ld+json\">{\"@type\": \"Recipe\", \"name\": "
					+ "\"Mandelkuchen\", \"author\": {\"@type\": \"Person\", \"name\": \"backfee\"}}</script>",
					"<h1>Mandelkuchen</h1>")).containsExactly("backfee");
		}

		@Test
		void aBylineShowingTheMetadataAuthorFirstAddsTheCoAuthors() {
			assertThat(pageAuthors("<meta name=\"author\" content=\"Rudi Fink\">", "<h1>T</h1><div class=\"author\">"
					+ "<a href=\"/author/rudi-fink\">Rudi Fink</a>, <a href=\"/author/simon-kohl\">Simon Kohl</a></div>"))
				.containsExactly("Rudi Fink", "Simon Kohl");
			assertThat(pageAuthors("<meta name=\"author\" content=\"Rudi Fink\">", "<h1>T</h1><div class=\"author\">"
					+ "<a href=\"/author/simon-kohl\">Simon Kohl</a>, <a href=\"/author/rudi-fink\">Rudi Fink</a></div>"))
				.containsExactly("Rudi Fink");
			assertThat(pageAuthors("<meta name=\"author\" content=\"Rudi Fink\">", "<h1>T</h1><div class=\"author\">"
					+ "von Rudi Fink, August</div>")).containsExactly("Rudi Fink");
		}

		@Test
		void aTwitterCreatorHandleSpellingANameIsTheLastResort() {
			assertThat(pageAuthors("<meta name=\"twitter:creator\" content=\"@AlexLang\">", "<h1>T</h1>"))
				.containsExactly("Alex Lang");
			assertThat(pageAuthors("<meta name=\"twitter:creator\" content=\"@acme_news\">", "<h1>T</h1>")).isEmpty();
			assertThat(pageAuthors("<meta name=\"twitter:creator\" content=\"@SpiegelOnline\">", "<h1>T</h1>")).isEmpty();
			assertThat(pageAuthors("<meta name=\"twitter:creator\" content=\"@AlexLang\">"
					+ "<meta name=\"author\" content=\"Rudi Fink\">", "<h1>T</h1>")).containsExactly("Rudi Fink");
		}

		@Test
		void aPersonalSitesOwnTwitterAccountNamesItsOwner() {
			assertThat(pageAuthors("<meta name=\"twitter:site\" content=\"@AlexLang\">", "<h1>T</h1>"))
				.containsExactly("Alex Lang");
			assertThat(pageAuthors("<meta name=\"twitter:site\" content=\"@AlexLang\">"
					+ "<meta name=\"twitter:creator\" content=\"@RudiFink\">", "<h1>T</h1>"))
				.containsExactly("Rudi Fink");
			assertThat(pageAuthors("<meta name=\"twitter:site\" content=\"@AcmeNews\">", "<h1>T</h1>")).isEmpty();
		}

		@Test
		void theAgencyADatelineCreditsIsTheAuthorOfAPageNamingNoOne() {
			assertThat(pageAuthors("<meta name=\"description\" content=\"Hamburg (dpa/lno) – Die Fronten bleiben "
					+ "verhärtet.\">", "<h1>T</h1>")).containsExactly("dpa/lno");
			assertThat(pageAuthors("<meta property=\"og:description\" content=\"SANTA FE, N.M. (AP) — A cat has "
					+ "been found.\">", "<h1>T</h1>")).containsExactly("AP");
			assertThat(pageAuthors("<meta name=\"description\" content=\"Hamburg (dpa) – Die Fronten bleiben.\">"
					+ "<meta name=\"author\" content=\"Rudi Fink\">", "<h1>T</h1>")).containsExactly("Rudi Fink");
			assertThat(pageAuthors("<meta name=\"description\" content=\"Die Partei (in Hamburg) – sie bleibt.\">",
					"<h1>T</h1>")).isEmpty();
		}

		@Test
		void aSourceLineSignedWithAnEditorsInitialsIsTheAuthorOfAPageNamingNoOne() {
			String text = "<h1>T</h1><p>Der Text des Artikels, lang genug, um ein Artikel zu sein.</p>";
			assertThat(pageAuthors("", text + "<p><em>Quelle: RADIO NORD/ab</em></p>"))
				.containsExactly("RADIO NORD/ab");
			// A source without an editor names where a press release came from; a caption credits a picture.
			assertThat(pageAuthors("", text + "<p>Quelle: Deutscher Jagdverband</p>")).isEmpty();
			assertThat(pageAuthors("", text + "<figure><figcaption>Quelle: NORDFUNK/ef</figcaption></figure>")).isEmpty();
			assertThat(pageAuthors("<meta name=\"author\" content=\"Rudi Fink\">", text + "<p>Quelle: NORDFUNK/ef</p>"))
				.containsExactly("Rudi Fink");
		}

		@Test
		void sharingAndAnalyticsPluginsNameTheArticlesAuthor() {
			assertThat(pageAuthors("<meta name=\"shareaholic:article_author_name\" content=\"Rudi Fink\">", "<h1>T</h1>"))
				.containsExactly("Rudi Fink");
			assertThat(pageAuthors("<meta property=\"article:author_name\" content=\"Rudi Fink\">", "<h1>T</h1>"))
				.containsExactly("Rudi Fink");
			assertThat(pageAuthors("<meta name=\"cXenseParse:author\" content=\"Rudi Fink\">", "<h1>T</h1>"))
				.containsExactly("Rudi Fink");
		}

		@Test
		void anAbbreviationYieldsToAPersonInTheByline() {
			assertThat(pageAuthors("<meta name=\"author\" content=\"JF\">",
					"<h1>T</h1><a href=\"/author/boris-kaiser/\">Boris Kaiser</a>")).containsExactly("Boris Kaiser");
			assertThat(pageAuthors("<meta name=\"author\" content=\"AFP\">", "<h1>T</h1>")).containsExactly("AFP");
		}

		@Test
		void theArticlesJsonLdOrganisationBeatsAnOrganisationInTheAuthorTag() {
			String jsonLd = "<script type=\"application/ld+json\">{\"@type\": \"Article\", \"headline\": \"T\", "
					+ "\"author\": {\"@type\": \"Organization\", \"name\": \"Redaktion Acme Pharmindex\"}}</script>";
			assertThat(pageAuthors(jsonLd + "<meta name=\"author\" content=\"Acme Online\">", "<h1>T</h1>"))
				.containsExactly("Redaktion Acme Pharmindex");
			assertThat(pageAuthors(jsonLd + "<meta name=\"author\" content=\"Rudi Fink\">", "<h1>T</h1>"))
				.containsExactly("Rudi Fink");
			assertThat(pageAuthors("<meta name=\"author\" content=\"Acme Online\">", "<h1>T</h1>"))
				.containsExactly("Acme Online");
		}

		@Test
		void aBylineTheReaderSeesBeatsAJsonLdAccountThePageNeverShows() {
			String jsonLd = "<script type=\"application/ld+json\">{\"@type\": \"Article\", \"headline\": \"T\", "
					+ "\"author\": {\"@type\": \"Person\", \"name\": \"Paula Poster\"}}</script>";
			assertThat(pageAuthors(jsonLd, "<h1>T</h1><p><strong>Von Rudi Fink</strong></p>"))
				.containsExactly("Rudi Fink");
			// The theme's schema.org copy of the byline is hidden: not what the reader sees.
			assertThat(pageAuthors(jsonLd, "<h1>T</h1><span class=\"rich-snippet-hidden\"><a rel=\"author\" "
					+ "href=\"/author/paula\">Paula Poster</a></span><p><strong>Von Rudi Fink</strong></p>"))
				.containsExactly("Rudi Fink");
			assertThat(pageAuthors(jsonLd, "<h1>T</h1><p class=\"meta\">Paula Poster</p><p>Von Rudi Fink</p>"))
				.containsExactly("Paula Poster");
			assertThat(pageAuthors(jsonLd, "<h1>T</h1><div class=\"overflow-hidden\"><p class=\"meta\">Paula Poster"
					+ "</p></div><p>Von Rudi Fink</p>")).containsExactly("Paula Poster");
			assertThat(pageAuthors(jsonLd, "<h1>T</h1><p>Von Rudi</p>")).containsExactly("Paula Poster");
		}

		@Test
		void aDeskTheBylineShowsBeatsAJsonLdDeskThePageNeverShows() {
			String head = "<meta property=\"og:site_name\" content=\"Das Acme Blog\"><script type=\"application/ld+json\">"
					+ "{\"@type\": \"Article\", \"headline\": \"T\", \"author\": {\"@type\": \"Person\", \"name\": "
					+ "\"Acme Editorial Team\"}}</script>";
			String byline = "<div class=\"author-info\"><h4><a href=\"/author/acme-redaktion/\">Acme Blog Redaktion</a>"
					+ "</h4></div>";
			assertThat(pageAuthors(head, "<h1>T</h1>" + byline)).containsExactly("Acme Blog Redaktion");
			assertThat(pageAuthors(head, "<h1>T</h1><p class=\"meta\">Acme Editorial Team</p>" + byline))
				.containsExactly("Acme Editorial Team");
		}

		@Test
		void jsonLdAuthorNamesWrittenAsLinks() {
			assertThat(pageAuthors("<script type=\"application/ld+json\">{\"@type\": \"Article\", \"headline\": \"T\", "
					+ "\"author\": {\"@type\": \"Person\", \"name\": "
					+ "[\"<a href=\\\"/pl/eksperci/jan-nowak\\\">Jan Nowak</a>\", "
					+ "\"<a href=\\\"/pl/eksperci/ewa-lis\\\">Ewa Lis</a>\"]}}</script>", ""))
				.containsExactly("Jan Nowak", "Ewa Lis");
		}

		@Test
		void jsonLdAuthorReferencedById() {
			assertThat(pageAuthors("<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"Article\", "
					+ "\"headline\": \"T\", \"author\": {\"@id\": \"#p1\"}}, {\"@type\": \"Person\", \"@id\": \"#p1\", "
					+ "\"name\": \"Helge Muster\"}]}</script>", "")).containsExactly("Helge Muster");
		}

	}

}
