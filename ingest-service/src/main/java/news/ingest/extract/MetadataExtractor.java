package news.ingest.extract;

import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;

/** Resolves title, authors, date, declared language, canonical URL and site name from all metadata sources. */
final class MetadataExtractor {

	private final JsonLdReader jsonLd = new JsonLdReader();

	private final MetaTagReader metaTags = new MetaTagReader();

	private final MarkupMetadataReader markup = new MarkupMetadataReader();

	private final PublishedDateParser dates = new PublishedDateParser();

	private final TitleCleaner titles = new TitleCleaner();

	private final AuthorNameCleaner authors = new AuthorNameCleaner();

	private final HeadlineChooser headlines = new HeadlineChooser();

	private final UnlabelledBylineReader unlabelledBylines = new UnlabelledBylineReader(this.dates);

	private final PostAuthorCommentReader postAuthorComments = new PostAuthorCommentReader();

	private final CopyrightOwnerReader copyrightOwners = new CopyrightOwnerReader();

	private final SourceCreditReader sourceCredits = new SourceCreditReader();

	private final LanguageIdentifier languages;

	MetadataExtractor(LanguageIdentifier languages) {
		this.languages = languages;
	}

	PageMetadata extract(PageElements elements, String pageUrl, Instant fetchedAt) {
		Document page = elements.page();
		MetadataDraft draft = new MetadataDraft(this.dates, fetchedAt, this.languages);
		draft.readSlashedDates(DayOrder.of(MarkupMetadataReader.declaredLanguage(page)));
		this.jsonLd.read(elements, draft);
		this.metaTags.read(elements, draft);
		// A page known without its web address (a saved file: `./news extract` passes its file: URL) still names
		// it: its canonical URL stands in for the date in the path and the site's country. Read before the markup,
		// which scans the text for a date only where none is known.
		String url = (pageUrl != null && pageUrl.startsWith("http")) ? pageUrl : draft.canonicalUrl();
		MarkupMetadataReader.readUrlDate(url, draft);
		this.markup.read(elements, draft);
		OffsetDateTime published = draft.published();
		if (draft.publishedOnlyInUtc()) {
			OffsetDateTime utc = published;
			published = CountryZone.of(url).map((zone) -> utc.atZoneSameInstant(zone).toOffsetDateTime())
				.orElse(utc);
		}
		String siteName = draft.siteName();
		List<String> names = authors(page, draft, siteName);
		String siteUrl = (draft.canonicalUrl() != null) ? draft.canonicalUrl() : pageUrl;
		String headline = this.headlines.choose(elements, draft.declaredTitles(), draft.documentTitle(), siteName,
				siteUrl);
		String title;
		if (headline != null) {
			title = headline;
			draft.source("title", "heading");
		}
		else {
			title = title(draft, siteName, SiteHost.of(siteUrl));
			// A page whose social title is the site's name presents the site itself (a home page, a report's own
			// site); elsewhere the site's name is a template's default and an <h2> heads the content. An <h1>
			// linking to the home page names the site too (the logo's text, taken where no <title> is declared).
			String shownSiteName = (title != null && draft.logoHeading() != null
					&& title.equals(draft.logoHeading())) ? title : siteName;
			String section = "opengraph".equals(draft.sources().get("title")) ? null
					: this.headlines.insteadOfSiteName(title, elements, draft.declaredTitles(), draft.documentTitle(),
							shownSiteName, siteUrl);
			if (section != null) {
				title = section;
				draft.source("title", "heading");
			}
		}
		// Unicode's composed form (NFC, as the web's character model asks), so equal titles compare equal.
		title = (title != null) ? Normalizer.normalize(title, Normalizer.Form.NFC) : null;
		return new PageMetadata(title, names, published, draft.language(), draft.canonicalUrl(), siteName,
				draft.declaredBody(), draft.sources());
	}

	/**
	 * The first source whose names survive cleaning; organisations only when no person is named. An author equal
	 * to the site name is a CMS default, unless the article's JSON-LD names that person and no source names
	 * another (personal sites and blogs are named after their author). A field that names the publication or its
	 * desk ("Acme News Redaktion") yields to a later byline naming a person. Without any named person, the name on
	 * the post author's own comment, else a name written without a label (a date line, a signature) is read from the
	 * page; an organisation is the author only when neither names anyone (a statement signed by its chair under
	 * the association's meta author). The agency a news text's dateline credits ("Hamburg (dpa) – …"), the desk
	 * and editor a single source line signs ("Quelle: RADIO NORD/ab"), a person's copyright line, else the name a
	 * Twitter handle spells, are the last resorts.
	 */
	private List<String> authors(Document page, MetadataDraft draft, String siteName) {
		CleanedNames cleaned = new CleanedNames(this.authors);
		List<String> people = firstNamed(draft, siteName, false, true, cleaned);
		people = visibleBylineOverMetaTag(draft, siteName, people, cleaned);
		people = shownBylineOverUnshownMetadata(page, draft, siteName, people, cleaned);
		if (people.isEmpty() && siteName != null) {
			List<String> owner = firstNamed(draft, null, true, false, cleaned);
			// A personal site is named after a person as people write names, not as a brand ("EAT SMARTER").
			people = owner.stream().anyMatch(AuthorNameCleaner::isBrand) ? List.of()
					: shownBylineOverUnshownMetadata(page, draft, siteName, owner, cleaned);
		}
		if (people.isEmpty() && page.body() != null) {
			people = cleaned.of(this.postAuthorComments.read(page.body()), siteName);
			if (people.isEmpty()) {
				people = cleaned.of(this.unlabelledBylines.read(page.body()), siteName);
			}
			if (!people.isEmpty()) {
				draft.source("authors", BylineReader.SOURCE);
			}
		}
		if (people.isEmpty()) {
			people = jsonLdOrganisationOverMetaTag(draft, siteName, firstNamed(draft, siteName, false, false, cleaned),
					cleaned);
		}
		if (!people.isEmpty()) {
			people = withCoAuthors(draft, siteName, people, cleaned);
			List<String> others = new ArrayList<>();
			draft.authorOffers().forEach((offer) -> others.addAll(cleaned.of(offer.getValue(), siteName)));
			return this.authors.withDisplayNames(people, others, siteName,
					() -> (page.body() != null) ? TextNormalizer.collapse(page.body().text()) : "");
		}
		List<String> organizations = cleaned.of(draft.fallbackAuthors(), siteName);
		if (!organizations.isEmpty()) {
			draft.source("authors", draft.fallbackAuthorSource());
			return organizations;
		}
		List<String> credit = (draft.datelineCredit() != null)
				? cleaned.of(List.of(draft.datelineCredit()), siteName) : List.of();
		if (!credit.isEmpty()) {
			draft.source("authors", "meta");
			return credit;
		}
		List<String> source = (page.body() != null) ? cleaned.of(this.sourceCredits.read(page.body()), siteName)
				: List.of();
		if (!source.isEmpty()) {
			draft.source("authors", BylineReader.SOURCE);
			return source;
		}
		return copyrightOwner(page, siteName, draft, cleaned);
	}

	/**
	 * The person whose copyright line signs a page that names no author anywhere else (a personal site), else the
	 * name its Twitter card's creator (else site) handle spells.
	 */
	private List<String> copyrightOwner(Document page, String siteName, MetadataDraft draft, CleanedNames cleaned) {
		List<String> raw = (page.body() != null) ? this.copyrightOwners.read(page.body()) : List.of();
		String source = "copyright";
		if (raw.isEmpty() && draft.creatorHandleName() != null) {
			raw = List.of(draft.creatorHandleName());
			// Twitter's card tags count as social metadata, with og: and article:.
			source = "opengraph";
		}
		List<String> owner = cleaned.of(raw, siteName);
		if (owner.isEmpty() || this.authors.namesOrganisation(raw, owner, siteName)) {
			return List.of();
		}
		draft.source("authors", source);
		return owner;
	}

	/**
	 * A meta tag's author is often the CMS account or the site's owner ("admin", the blog's name, the editor in
	 * chief on every page); a labelled byline the reader sees ("Geschrieben von Jane Doe") that names other people
	 * wins. JSON-LD is written per article and keeps its place.
	 */
	private List<String> visibleBylineOverMetaTag(MetadataDraft draft, String siteName, List<String> people,
			CleanedNames cleaned) {
		String source = draft.sources().get("authors");
		if (people.isEmpty() || !("meta".equals(source) || "opengraph".equals(source))) {
			return people;
		}
		List<String> written = cleaned.of(draft.writtenByline(), siteName);
		if (written.isEmpty() || this.authors.namesOrganisation(draft.writtenByline(), written, siteName)
				|| AuthorNameCleaner.shareAName(people, written)) {
			return people;
		}
		draft.source("authors", BylineReader.SOURCE);
		return written;
	}

	/**
	 * Structured data names the CMS account that posted the article (an editor posting for others); when the page
	 * shows that name nowhere, a byline the reader sees naming other people, each by a full name, is the writer's.
	 * A desk named in structured data alone (a translated profile's "Acme Editorial Team") likewise yields to the
	 * desk the byline shows ("Acme Redaktion"). The page's shown text is built only for such a byline.
	 */
	private List<String> shownBylineOverUnshownMetadata(Document page, MetadataDraft draft, String siteName,
			List<String> people, CleanedNames cleaned) {
		if (people.isEmpty() || BylineReader.SOURCE.equals(draft.sources().get("authors"))) {
			return people;
		}
		// Desks of one site share its name's words; persons sharing a word are one person written two ways.
		boolean desk = this.authors.namesOrganisation(people, people, siteName);
		ShownText shown = null;
		for (Map.Entry<String, List<String>> offer : draft.authorOffers()) {
			if (offer.getKey().equals(BylineReader.SOURCE)) {
				List<String> names = cleaned.of(offer.getValue(), siteName);
				if (names.isEmpty() || !desk && AuthorNameCleaner.shareAName(people, names)
						|| !names.stream().allMatch(MetadataExtractor::isFullName)
						|| this.authors.namesOrganisation(offer.getValue(), names, siteName) != desk) {
					continue;
				}
				shown = (shown != null) ? shown : new ShownText(page.body());
				if (people.stream().anyMatch(shown::shows)) {
					return people;
				}
				if (names.stream().allMatch(shown::shows)) {
					draft.source("authors", BylineReader.SOURCE);
					return names;
				}
			}
		}
		return people;
	}

	/**
	 * Where no one is named, the organisation the article's JSON-LD declares as its author ("Redaktion Acme
	 * Pharmindex") beats the one an author meta tag names: sites fill that tag with their product's or publisher's
	 * name on every page.
	 */
	private List<String> jsonLdOrganisationOverMetaTag(MetadataDraft draft, String siteName, List<String> named,
			CleanedNames cleaned) {
		String source = draft.sources().get("authors");
		if (named.isEmpty() || !("meta".equals(source) || "opengraph".equals(source))
				|| !JsonLdReader.SOURCE.equals(draft.fallbackAuthorSource())) {
			return named;
		}
		List<String> organizations = cleaned.of(draft.fallbackAuthors(), siteName);
		if (organizations.isEmpty()) {
			return named;
		}
		draft.source("authors", JsonLdReader.SOURCE);
		return organizations;
	}

	/**
	 * Metadata often names only the first of several authors; a byline on the page that shows the same names first
	 * and more beside them, each in an element of its own ({@code <a>Jane Doe</a>, <a>John Roe</a>}), gives the
	 * whole list. Names split from one text are left alone ("Jane Doe, August 3" is a name and a date), and so are
	 * single words (an agency, a month).
	 */
	private List<String> withCoAuthors(MetadataDraft draft, String siteName, List<String> people,
			CleanedNames cleaned) {
		for (Map.Entry<String, List<String>> offer : draft.authorOffers()) {
			if (offer.getKey().equals(BylineReader.SOURCE)) {
				List<String> names = cleaned.of(offer.getValue(), siteName);
				if (names.size() > people.size() && names.size() == offer.getValue().size()
						&& startsWithAll(names, people)
						&& names.subList(people.size(), names.size()).stream().allMatch(MetadataExtractor::isFullName)) {
					draft.source("authors", BylineReader.SOURCE);
					return names;
				}
			}
		}
		return people;
	}

	private static boolean startsWithAll(List<String> names, List<String> first) {
		for (int i = 0; i < first.size(); i++) {
			if (!names.get(i).equalsIgnoreCase(first.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** Two or more capitalised words, the last not a particle ("Autorenseite von" is a link's label). */
	private static boolean isFullName(String name) {
		String last = name.substring(name.lastIndexOf(' ') + 1);
		return name.contains(" ") && BylineReader.looksLikeNames(name) && Character.isUpperCase(last.codePointAt(0));
	}

	private List<String> firstNamed(MetadataDraft draft, String siteName, boolean jsonLdOnly, boolean peopleOnly,
			CleanedNames cleaned) {
		for (Map.Entry<String, List<String>> offer : draft.authorOffers()) {
			if (!jsonLdOnly || offer.getKey().equals(JsonLdReader.SOURCE)) {
				List<String> names = cleaned.of(offer.getValue(), siteName);
				if (!names.isEmpty() && !(peopleOnly
						&& this.authors.namesOrganisation(offer.getValue(), names, draft.siteName()))) {
					draft.source("authors", offer.getKey());
					return names;
				}
			}
		}
		return List.of();
	}

	private String title(MetadataDraft draft, String siteName, SiteHost host) {
		String heading = (draft.heading() != null) ? TextNormalizer.collapse(draft.heading()) : null;
		if (draft.title() != null) {
			String title = this.titles.withoutSiteName(draft.title(), siteName);
			// Social titles sometimes carry the site suffix too; the <h1> then shows the bare headline, or, where it
			// is the shorter part of the title, the blog's name beside it.
			if (heading != null && !heading.isEmpty()) {
				String beside = this.titles.headlineBeside(title, heading);
				return title.startsWith(heading) ? heading : (beside != null) ? beside : title;
			}
			return title;
		}
		String documentTitle = draft.documentTitle();
		if (documentTitle == null) {
			if (heading != null) {
				draft.source("title", "heading");
			}
			return heading;
		}
		// A heading linking to the home page is the site's name in the logo; the <title> gives it beside the headline.
		String besideSite = (draft.logoHeading() != null)
				? this.titles.besideSiteName(documentTitle, draft.logoHeading()) : null;
		if (besideSite != null) {
			draft.source("title", "title element");
			return besideSite;
		}
		// The <h1> is the headline without any site suffix whenever the <title> repeats it, unless it is only the
		// shorter part of the <title> (the blog's name beside the headline); no heading agreed with the title.
		String beside = (heading != null && !heading.isEmpty()) ? this.titles.headlineBeside(documentTitle, heading)
				: null;
		if (beside != null) {
			draft.source("title", "title element");
			return beside;
		}
		if (heading != null && !heading.isEmpty() && TextNormalizer.collapse(documentTitle).contains(heading)) {
			draft.source("title", "heading");
			return heading;
		}
		String cleaned = this.titles.withoutSuffix(documentTitle, siteName, host);
		draft.source("title", cleaned.isEmpty() ? "heading" : "title element");
		return cleaned.isEmpty() ? heading : cleaned;
	}

}
