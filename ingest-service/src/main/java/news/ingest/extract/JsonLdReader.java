package news.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads schema.org article metadata from JSON-LD blocks, including articles inside {@code @graph}, arrays and a
 * page's {@code mainEntity}. Broken blocks are skipped: pages often ship trailing commas or stray markup.
 */
final class JsonLdReader {

	static final String SOURCE = "json-ld";

	/** A full name opening a biography, ended by a separator or the end: "Stefanus Stahl - Maschinenbauer". */
	private static final Pattern FULL_NAME_OPENING = Pattern
		.compile("(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}[\\p{L}'-]+){1,2})\\s*(?:[-–—,:|(]|$)");

	private static final Set<String> ORGANIZATION_TYPES = Set.of("Organization", "NewsMediaOrganization",
			"Corporation", "OnlineBusiness");

	private static final Pattern BROKEN_DATE_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");

	private static final IndexedSelector SCRIPTS = IndexedSelector.parse(MetadataRules.JSON_LD);

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
				JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
		.build();

	void read(PageElements page, MetadataDraft draft) {
		List<JsonNode> nodes = new ArrayList<>();
		List<String> unparsed = new ArrayList<>();
		for (Element script : page.select(SCRIPTS)) {
			try {
				flatten(this.mapper.readTree(script.data().trim()), nodes);
			}
			catch (JacksonException ex) {
				// Unparseable JSON-LD is common; the meta tags and markup still describe the page.
				unparsed.add(script.data());
			}
		}
		JsonNode article = article(nodes);
		if (article != null) {
			draft.offerTitle(text(article.path("headline")), SOURCE);
			draft.offerTitle(text(article.path("name")), SOURCE);
			readAuthors(article.path("author"), publisherOrganisation(article, nodes), nodes, draft);
			draft.offerDate(text(article.path("datePublished")), SOURCE);
			draft.offerDate(text(article.path("dateCreated")), SOURCE);
			draft.offerModifiedDate(text(article.path("dateModified")));
			draft.offerSiteName(text(article.path("publisher").path("name")));
			JsonNode body = article.path("articleBody");
			draft.offerDeclaredBody(body.isString() ? body.asString() : null);
			JsonNode language = article.path("inLanguage");
			draft.offerLanguage(text(language.isObject() ? language.path("alternateName") : language), SOURCE);
		}
		readBrokenDates(unparsed, draft);
		nodes.stream().filter((node) -> hasType(node, Set.of("WebSite"))).findFirst()
			.ifPresent((site) -> draft.offerSiteName(text(site.path("name"))));
	}

	/**
	 * A stray brace or comma makes a whole block unparseable, yet its {@code datePublished} is still the page's own
	 * (htmldate reads JSON-LD with a regex for this reason), and beats the dates of teasers in the markup.
	 */
	private static void readBrokenDates(List<String> unparsed, MetadataDraft draft) {
		for (String script : unparsed) {
			Matcher m = BROKEN_DATE_PUBLISHED.matcher(script);
			if (m.find()) {
				draft.offerDate(m.group(1), SOURCE);
			}
		}
	}

	private static void flatten(JsonNode node, List<JsonNode> into) {
		if (node.isArray()) {
			node.values().forEach((child) -> flatten(child, into));
		}
		else if (node.isObject()) {
			into.add(node);
			flatten(node.path("@graph"), into);
			flatten(node.path("mainEntity"), into);
		}
	}

	/** The first specific article type, else the first generic page type. */
	private static JsonNode article(List<JsonNode> nodes) {
		JsonNode generic = null;
		for (JsonNode node : nodes) {
			if (hasType(node, MetadataRules.ARTICLE_TYPES)) {
				if (!hasType(node, MetadataRules.WEAK_ARTICLE_TYPES)) {
					return node;
				}
				generic = (generic != null) ? generic : node;
			}
		}
		return generic;
	}

	/**
	 * The name of the organisation publishing the article, if its JSON-LD says the publisher is one (and not also a
	 * person, as SEO plugins type a personal site's owner).
	 */
	private static String publisherOrganisation(JsonNode article, List<JsonNode> nodes) {
		JsonNode publisher = resolve(article.path("publisher"), nodes);
		return hasType(publisher, ORGANIZATION_TYPES) && !hasType(publisher, Set.of("Person"))
				? text(publisher.path("name")) : null;
	}

	/**
	 * An author named as the organisation publishing the article and written as a brand, not as a person ("The
	 * Courier", "AcmeNews", its numbered CMS account "AcmeNews1" for the publisher "Acme News"), is the CMS's default,
	 * no author; "Jane Doe" published by "Jane Doe" may be a person whose site is typed as an organisation.
	 */
	private static void readAuthors(JsonNode author, String publisher, List<JsonNode> nodes, MetadataDraft draft) {
		List<String> people = new ArrayList<>();
		List<String> organizations = new ArrayList<>();
		List<JsonNode> entries = new ArrayList<>();
		if (author.isArray()) {
			author.values().forEach(entries::add);
		}
		else if (!author.isMissingNode()) {
			entries.add(author);
		}
		for (JsonNode reference : entries) {
			JsonNode entry = resolve(reference, nodes);
			JsonNode names = entry.isObject() ? entry.path("name") : entry;
			// One person entry listing all co-authors' names is a list of people.
			for (JsonNode value : names.isArray() ? names.values() : List.of(names)) {
				String name = fullName(text(value), entry);
				if (name != null && !(publisher != null && AuthorNameCleaner.spellsTheSiteAsABrand(name, publisher))) {
					(hasType(entry, ORGANIZATION_TYPES) ? organizations : people).add(withoutMarkup(name));
				}
			}
		}
		draft.offerAuthors(people, SOURCE);
		draft.offerFallbackAuthors(organizations, SOURCE);
	}

	/**
	 * A person named by the first name alone whose description opens with the full name ({@code "name":
	 * "Stefanus", "description": "Stefanus Stahl - Maschinenbauer, …"}): SEO plugins take the profile's display
	 * name, which many authors set to their first name, and the biography the author wrote.
	 */
	private static String fullName(String name, JsonNode entry) {
		if (name == null || name.indexOf(' ') >= 0 || !entry.isObject()) {
			return name;
		}
		String description = text(entry.path("description"));
		Matcher opening = (description != null && description.startsWith(name + " "))
				? FULL_NAME_OPENING.matcher(description) : null;
		return (opening != null && opening.lookingAt()) ? opening.group(1) : name;
	}

	/** Graphs name the author once and refer to it by {@code @id} elsewhere: {@code "author": {"@id": "#jane"}}. */
	private static JsonNode resolve(JsonNode entry, List<JsonNode> nodes) {
		String id = entry.path("@id").asString("");
		if (id.isEmpty() || entry.has("name")) {
			return entry;
		}
		for (JsonNode node : nodes) {
			if (node != entry && id.equals(node.path("@id").asString("")) && node.has("name")) {
				return node;
			}
		}
		return entry;
	}

	private static boolean hasType(JsonNode node, Set<String> types) {
		JsonNode type = node.path("@type");
		if (type.isArray()) {
			return type.values().stream().anyMatch((t) -> types.contains(localName(t.asString())));
		}
		return type.isString() && types.contains(localName(type.asString()));
	}

	/** "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type as "NewsArticle". */
	private static String localName(String type) {
		int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
		return type.substring(cut + 1);
	}

	/** Some CMSs print the byline's HTML into the name ({@code "<a href=\"/experts/jane-doe\">Jane Doe</a>"}). */
	private static String withoutMarkup(String name) {
		return (name.indexOf('<') >= 0) ? Jsoup.parseBodyFragment(name).text() : name;
	}

	private static String text(JsonNode node) {
		if (node.isArray() && !node.isEmpty()) {
			return text(node.get(0));
		}
		if (!node.isString() && !node.isNumber()) {
			return null;
		}
		String value = TextNormalizer.collapse(Parser.unescapeEntities(node.asString(), false));
		return value.isEmpty() ? null : value;
	}

}
