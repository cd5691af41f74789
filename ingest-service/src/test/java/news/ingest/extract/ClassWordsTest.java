package news.ingest.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words the furniture, byline and marker rules read from an element's class and id. */
class ClassWordsTest {

	private static List<String> words(String attributes) {
		Element element = Jsoup.parseBodyFragment("<div " + attributes + "></div>").body().child(0);
		return ClassWords.of(element);
	}

	@Test
	void classesAndIdSplitAtPunctuationAndCamelHumps() {
		assertThat(words("class=\"shareBar related-posts\" id=\"main_Content2\""))
			.containsExactly("share", "bar", "related", "posts", "main", "content2");
	}

	@Test
	void aHeadingsIdIsASlugOfItsTextNotARole() {
		Element heading = Jsoup.parseBodyFragment("<h2 id=\"what-to-read-next\" class=\"section-title\">What to read next</h2>")
			.body()
			.child(0);

		assertThat(ClassWords.of(heading)).containsExactly("section", "title");
	}

	@Test
	void stateClassesNamingWhatAnElementHoldsAreNoRole() {
		Element header = Jsoup.parseBodyFragment(
				"<header class=\"contentHeader has-sharing o-section--has-ads with_sidebar\"></header>").body().child(0);

		assertThat(ClassWords.ofRole(header)).containsExactly("content", "header");
		// The metadata readers still see them: a date inside a has-replies block is in the replies.
		assertThat(ClassWords.of(header)).contains("sharing", "ads", "sidebar");
	}

	@Test
	void aWidthUtilityBesideASidebarNamesNoSidebar() {
		Element column = Jsoup.parseBodyFragment(
				"<div class=\"w-full lg:w-main-with-right-sidebar share-with-friends\"></div>").body().child(0);

		assertThat(ClassWords.ofRole(column)).containsExactly("w", "full", "share", "with", "friends");
	}

	@Test
	void aSideAfterASpacingOrAlignmentWordPlacesTheElementAndNamesNoColumn() {
		Element intro = Jsoup.parseBodyFragment("<p class=\"mg-bottom-24px text-right modelMarginTop ds-mb-right\"></p>")
			.body()
			.child(0);
		Element column = Jsoup.parseBodyFragment("<div class=\"right col-left top-bar\"></div>").body().child(0);

		assertThat(ClassWords.ofRole(intro)).containsExactly("mg", "24px", "text", "model", "ds", "mb");
		assertThat(ClassWords.ofRole(column)).containsExactly("right", "col", "left", "top", "bar");
	}

	@Test
	void contentWithSharingSwitchedOffIsNoSharingWidget() {
		Element content = Jsoup.parseBodyFragment("<div class=\"entry-content no-share\"></div>").body().child(0);

		assertThat(ClassWords.ofRole(content)).containsExactly("entry", "content");
	}

	@Test
	void aLayoutWithASidebarBesideTheContentNamesNoSidebar() {
		Element container = Jsoup.parseBodyFragment(
				"<div class=\"container layout-right-sidebar\"></div><div class=\"layout-sidebar\"></div>").body();

		assertThat(ClassWords.ofRole(container.child(0))).containsExactly("container");
		assertThat(ClassWords.ofRole(container.child(1))).containsExactly("layout", "sidebar");
	}

	@Test
	void aFieldWhoseLabelIsHiddenIsShown() {
		Element field = Jsoup.parseBodyFragment(
				"<div class=\"field field--name-field-lead field--label-hidden\"></div><div class=\"field-label-hidden\">"
						+ "</div><span class=\"visually-hidden\"></span>").body();

		assertThat(ClassWords.ofRole(field.child(0))).containsExactly("field", "field", "name", "field", "lead");
		assertThat(ClassWords.ofRole(field.child(1))).isEmpty();
		assertThat(ClassWords.ofRole(field.child(2))).containsExactly("visually", "hidden");
	}

	@Test
	void authorNextToABioWordIsTheWritersBox() {
		assertThat(ClassWords.isAuthorBox(words("id=\"entry-author-info\""))).isTrue();
		assertThat(ClassWords.isAuthorBox(words("class=\"authorBio\""))).isTrue();
		assertThat(ClassWords.isAuthorBox(words("class=\"author-name\""))).isFalse();
		assertThat(ClassWords.isAuthorBox(words("class=\"comment-author\""))).isFalse();
	}

	@Test
	void aNewsletterBoxNamedInTwoWordsIsFurniture() {
		assertThat(ClassWords.isFurniture(words("class=\"news-letter-section\""))).isTrue();
		assertThat(ClassWords.isFurniture(words("id=\"newsLetterWidget\""))).isTrue();
		assertThat(ClassWords.isFurniture(words("class=\"news-list letter-box\""))).isFalse();
	}

	@Test
	void stateClassesNamingWhatAContainerLacksAreNoPart() {
		Element main = Jsoup.parseBodyFragment("<div class=\"container no-sub-nav has-ads\"></div>").body().child(0);

		assertThat(ClassWords.ofPart(main)).containsExactly("container");
		// Furniture may be marked by what it lacks: no-print.
		assertThat(ClassWords.ofRole(main)).containsExactly("container", "no", "sub", "nav");
	}

	@Test
	void onlyALowerToUpperChangeIsAHump() {
		assertThat(words("class=\"HTMLWidget xmlHTTP a1B\"")).containsExactly("htmlwidget", "xml", "http", "a1b");
	}

	@Test
	void noClassAndNoIdGiveNoWords() {
		assertThat(words("title=\"x\"")).isEmpty();
		assertThat(words("class=\" \" id=\"--\"")).isEmpty();
	}

	@Test
	void nonAsciiLettersSeparateWordsUnlessLowerCaseMakesThemAscii() {
		assertThat(words("class=\"auteur-préféré\"")).containsExactly("auteur", "pr", "f", "r");
		// The Kelvin sign lower-cases to an ASCII k.
		assertThat(words("class=\"\u212Aicker\"")).containsExactly("kicker");
	}

	@Test
	void termClassesOfABlogPostAreNotItsRole() {
		assertThat(words("class=\"post hentry category-newsletter tag-garden\"")).containsExactly("post", "hentry");
		assertThat(words("class=\"category-newsletter\"")).containsExactly("category", "newsletter");
	}

	@Test
	void drupalsFlagOnANodePromotedToTheFrontPageIsNotItsRole() {
		assertThat(words("class=\"node node--type-article node--promoted\"")).doesNotContain("promoted");
		assertThat(words("class=\"node-promoted\"")).isEmpty();
		assertThat(words("class=\"promoted-links\"")).containsExactly("promoted", "links");
	}

	@Test
	void sameWordsAsTheRegexDefinitionOnRandomClassesInAnyScript() {
		String[] pieces = { "share", "Bar", "a1B", "HTML", "x", "-", "_", " ", "  ", "K", "İ", "Ärger", "é", "9",
				"ΣΑΣ", "\u212A", "nav", "Menu" };
		Random random = new Random(3);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder classes = new StringBuilder();
			for (int n = random.nextInt(6); n > 0; n--) {
				classes.append(pieces[random.nextInt(pieces.length)]);
			}
			String id = random.nextBoolean() ? "" : pieces[random.nextInt(pieces.length)];
			String attributes = "class=\"" + classes + "\"" + (id.isEmpty() ? "" : " id=\"" + id + "\"");
			String joined = classes + " " + id;
			List<String> expected = joined.isBlank() ? List.of()
					: Arrays.stream(joined.replaceAll("(?<=[a-z])(?=[A-Z])", "-").toLowerCase(Locale.ROOT)
						.split("[^a-z0-9]+"))
						.filter((word) -> !word.isEmpty())
						.toList();
			assertThat(words(attributes)).as(attributes).isEqualTo(expected);
		}
	}

}
