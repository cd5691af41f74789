package news.ingest.extract;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Metadata collected from several sources in order of trust: each field keeps the first usable value offered, so
 * readers run JSON-LD first, then meta tags, then the page markup.
 */
final class MetadataDraft {

	/** A year written out, so a shown text that parses is a full date rather than "3 hours ago". */
	private static final Pattern SHOWN_YEAR = Pattern.compile("(?:19|20)\\d{2}");

	private final PublishedDateParser dates;

	private final Instant fetchedAt;

	private final LanguageIdentifier languages;

	private String title;

	private String documentTitle;

	private String heading;

	private String logoHeading;

	private final List<String> declaredTitles = new ArrayList<>();

	private final List<Map.Entry<String, List<String>>> authorOffers = new ArrayList<>();

	private final List<String> fallbackAuthors = new ArrayList<>();

	private OffsetDateTime published;

	private PublishedDateParser.Clock publishedClock;

	/** The winning date is a UTC time as a system writes it ("Z"), not a page's own offset of zero. */
	private boolean publishedWrittenAsUtc;

	private DayOrder dayOrder = DayOrder.UNKNOWN;

	private OffsetDateTime urlDate;

	private OffsetDateTime modified;

	/**
	 * The first publication date offered after the chosen one that falls on another day: JSON-LD against
	 * {@code article:published_time}, or a later {@code <time>} (see {@link #offerHeadlineDate}).
	 */
	private OffsetDateTime rivalPublished;

	private String fallbackAuthorSource;

	private final List<Map.Entry<String, String>> looseDates = new ArrayList<>();

	private List<String> writtenByline = List.of();

	private String creatorHandleName;

	private String datelineCredit;

	/** Where each field's value came from: json-ld, opengraph, meta, time element, url, text, … */
	private final Map<String, String> sources = new LinkedHashMap<>();

	private String language;

	private String canonicalUrl;

	private String siteName;

	private String declaredBody;

	MetadataDraft(PublishedDateParser dates, Instant fetchedAt, LanguageIdentifier languages) {
		this.dates = dates;
		this.fetchedAt = fetchedAt;
		this.languages = languages;
	}

	/** A headline from structured metadata (JSON-LD, OpenGraph); the site's address or a slug is none. */
	void offerTitle(String title, String source) {
		if (title != null && !title.isBlank() && !MetadataRules.TITLE_PLACEHOLDER.matcher(title.strip()).matches()) {
			this.declaredTitles.add(title);
			if (this.title == null) {
				this.title = title;
				this.sources.put("title", source);
			}
		}
	}

	/** The {@code <title>}, which may still carry a site suffix of unknown name; a slug is none. */
	void offerDocumentTitle(String title) {
		if (this.documentTitle == null && title != null && !title.isBlank()
				&& !MetadataRules.SLUG_TITLE.matcher(title.strip()).matches()) {
			this.documentTitle = title;
			this.declaredTitles.add(title);
		}
	}

	/** The page's first {@code <h1>}. */
	void offerHeading(String text) {
		if (this.heading == null && text != null && !text.isBlank()) {
			this.heading = text;
		}
	}

	/** A heading linking to the home page: the site's name in its logo, kept with its white space collapsed. */
	void offerLogoHeading(String text) {
		if (this.logoHeading == null && text != null && !text.isBlank()) {
			this.logoHeading = TextNormalizer.collapse(text);
		}
	}

	/** Person names from one source; every source's offer is kept, in order of trust, for cleaning. */
	void offerAuthors(List<String> names, String source) {
		List<String> offered = new ArrayList<>();
		names.forEach((name) -> addIfText(offered, name));
		if (!offered.isEmpty()) {
			this.authorOffers.add(Map.entry(source, offered));
		}
	}

	/** A byline the reader sees, with its label ("By Jane Doe"): also offered as an ordinary byline. */
	void offerWrittenByline(List<String> names, String source) {
		offerAuthors(names, source);
		this.writtenByline = List.copyOf(names);
	}

	List<String> writtenByline() {
		return this.writtenByline;
	}

	/**
	 * The name a Twitter card's creator handle, else its site handle, spells ("@JaneDoe"): the last resort of a page
	 * naming no one.
	 */
	void offerCreatorHandleName(String name) {
		this.creatorHandleName = name;
	}

	String creatorHandleName() {
		return this.creatorHandleName;
	}

	/** The agency a news text's dateline credits ("Hamburg (dpa) – …"): the author of a page naming no one. */
	void offerDatelineCredit(String credit) {
		this.datelineCredit = credit;
	}

	String datelineCredit() {
		return this.datelineCredit;
	}

	/** Organisation bylines: used only when no person is named anywhere. */
	void offerFallbackAuthors(List<String> names, String source) {
		if (this.fallbackAuthors.isEmpty()) {
			this.fallbackAuthorSource = source;
		}
		names.forEach((name) -> addIfText(this.fallbackAuthors, name));
	}

	/** How the page writes slashed dates ({@code 02/10/2020}), from its declared language and region. */
	void readSlashedDates(DayOrder order) {
		this.dayOrder = order;
	}

	/**
	 * The first date offered wins; a later one only tells the local time of a winner given in UTC (see
	 * {@link LocalClock}).
	 */
	void offerDate(String raw, String source) {
		if (this.published != null && this.rivalPublished == null) {
			this.rivalPublished = this.dates.parse(raw, this.fetchedAt)
				.filter((date) -> !date.toLocalDate().equals(this.published.toLocalDate()))
				.orElse(null);
		}
		offerDate(raw, source, DayOrder.UNKNOWN);
	}

	/**
	 * A date written for readers, whose slashed form follows the page's language; machine-written values (meta
	 * tags, JSON) follow the server's locale instead, often the American one whatever the page's language. A line
	 * giving the time of the visit is no publication date.
	 */
	void offerWrittenDate(String raw, String source) {
		if (raw != null && !MetadataRules.CURRENT_TIME_LABEL.matcher(raw).lookingAt()) {
			offerDate(raw, source, this.dayOrder);
		}
	}

	private void offerDate(String raw, String source, DayOrder order) {
		if (this.published == null) {
			this.dates.parse(raw, this.fetchedAt, order)
				.ifPresent((date) -> setPublished(date, PublishedDateParser.clock(raw),
						PublishedDateParser.writtenAsUtc(raw), source));
		}
		else if (this.publishedClock == PublishedDateParser.Clock.UTC && raw != null) {
			PublishedDateParser.Clock clock = PublishedDateParser.clock(raw);
			this.dates.parse(raw, this.fetchedAt, order)
				.filter((date) -> LocalClock.isSameMoment(this.published, date, clock))
				.ifPresent((date) -> setPublished(LocalClock.asLocal(this.published, date, clock),
						PublishedDateParser.Clock.OFFSET, false, source));
		}
	}

	/**
	 * A date of no stated kind ({@code <meta name="date">}, the modified time), held back until the dates the page
	 * shows were offered: TYPO3 and other CMSs write the record's last change there.
	 */
	void offerLooseDate(String raw, String source) {
		this.looseDates.add(Map.entry(raw, source));
	}

	/** Offers the held-back dates, in the order they came, after the page's time elements and date lines. */
	void offerLooseDates() {
		this.looseDates.forEach((offer) -> offerDate(offer.getKey(), offer.getValue()));
	}

	/**
	 * A {@code <time>} element's machine value, unless the text it shows names a full date more than a day away
	 * ("Publié le 29 juin 2019" on {@code datetime="2019-07-03T10:18:46Z"}): the value is then a later edit's, while
	 * the reader sees the publication. A day apart is the same moment on another clock; a text labelled as an
	 * update ("Aktualisiert am 5. Juli 2019") is no publication.
	 */
	void offerTimeElement(String value, String shown, String source) {
		if (this.published == null && value != null && !value.equals(shown) && SHOWN_YEAR.matcher(shown).find()
				&& !MetadataRules.UPDATE_LABEL.matcher(shown).find()) {
			OffsetDateTime machine = this.dates.parse(value, this.fetchedAt).orElse(null);
			OffsetDateTime written = this.dates.parse(shown, this.fetchedAt, this.dayOrder).orElse(null);
			if (machine != null && written != null
					&& Math.abs(ChronoUnit.DAYS.between(machine.toLocalDate(), written.toLocalDate())) > 1) {
				offerWrittenDate(shown, source);
				return;
			}
		}
		offerDate(value, source);
	}

	/**
	 * The declared last change (JSON-LD {@code dateModified}, {@code article:modified_time}): no publication date on
	 * its own, but the day a page may show under its headline instead (see {@link #offerHeadlineDate}).
	 */
	void offerModifiedDate(String raw) {
		if (this.modified == null) {
			this.modified = this.dates.parse(raw, this.fetchedAt).orElse(null);
		}
	}

	/** Whether the declared last change falls on another day than the publication date found so far. */
	boolean modifiedOnAnotherDay() {
		return this.modified != null && this.published != null
				&& !this.modified.toLocalDate().equals(this.published.toLocalDate());
	}

	/**
	 * The first date the page shows under its headline. Where that is the day of the declared last change, the
	 * site presents the article as of its update ("Updated Mar 12, 2020", or a bare date the CMS moves on every
	 * edit) and readers date it so; the shown day confirms the change's day, which no time zone moves. A date the
	 * page labels as its update dates it so too, whether or not the page declares the change. Where two offered
	 * publication dates fall on different days, the one shown there wins.
	 * @param labelledUpdate whether a label before the date calls it an update
	 * @return whether the text holds a date at all
	 */
	boolean offerHeadlineDate(String shown, boolean labelledUpdate) {
		OffsetDateTime date = this.dates.parse(shown, this.fetchedAt, this.dayOrder).orElse(null);
		if (date == null) {
			return false;
		}
		if (labelledUpdate && SHOWN_YEAR.matcher(shown).find()
				&& (this.published == null || !date.toLocalDate().equals(this.published.toLocalDate()))) {
			setPublished(date, PublishedDateParser.clock(shown), false, "text");
		}
		else if (modifiedOnAnotherDay() && date.toLocalDate().equals(this.modified.toLocalDate())) {
			setPublished(this.modified, PublishedDateParser.Clock.DAY, false, "text");
		}
		else if (this.rivalPublished != null && date.toLocalDate().equals(this.rivalPublished.toLocalDate())) {
			setPublished(this.rivalPublished, PublishedDateParser.Clock.DAY, false, "text");
		}
		return true;
	}

	/**
	 * The publication date, the clock it was written on and its source. Whether it was written as UTC matters only
	 * while the clock is UTC (see {@link #publishedOnlyInUtc}).
	 */
	private void setPublished(OffsetDateTime date, PublishedDateParser.Clock clock, boolean writtenAsUtc,
			String source) {
		this.published = date;
		this.publishedClock = clock;
		this.publishedWrittenAsUtc = writtenAsUtc;
		this.sources.put("datePublished", source);
	}

	/** The full date of the URL path, weighed against the declared dates by {@link PublishedDateResolver}. */
	void offerUrlDate(String raw) {
		this.urlDate = this.dates.parse(raw, this.fetchedAt).orElse(null);
	}

	/** Records where a field's final value came from. */
	void source(String field, String source) {
		this.sources.put(field, source);
	}

	Map<String, String> sources() {
		return this.sources;
	}

	/** Author offers by source, most trusted first. */
	List<Map.Entry<String, List<String>>> authorOffers() {
		return this.authorOffers;
	}

	/** Organisations named as author, used when no source names a person. */
	List<String> fallbackAuthors() {
		return this.fallbackAuthors;
	}

	String fallbackAuthorSource() {
		return this.fallbackAuthorSource;
	}

	/** A declared language tag ("en-GB", "de_DE", "eng"); ignored if it is not one. */
	void offerLanguage(String tag, String source) {
		if (this.language == null) {
			this.language = this.languages.normalise(tag);
			if (this.language != null) {
				this.sources.put("language", source);
			}
		}
	}

	void offerCanonicalUrl(String url) {
		if (this.canonicalUrl == null && url != null && url.startsWith("http")) {
			this.canonicalUrl = url.trim();
		}
	}

	void offerSiteName(String name) {
		if (this.siteName == null && name != null && !name.isBlank()) {
			this.siteName = TextNormalizer.collapse(name);
		}
	}

	/** The article's text as its structured data gives it (JSON-LD {@code articleBody}), HTML or plain text. */
	void offerDeclaredBody(String body) {
		if (this.declaredBody == null && body != null && !body.isBlank()) {
			this.declaredBody = body;
		}
	}

	boolean hasDate() {
		return this.published != null || this.urlDate != null;
	}

	String title() {
		return this.title;
	}

	String documentTitle() {
		return this.documentTitle;
	}

	/** Every title the page declares: JSON-LD, meta tags and {@code <title>}. */
	List<String> declaredTitles() {
		return this.declaredTitles;
	}

	String heading() {
		return this.heading;
	}

	String logoHeading() {
		return this.logoHeading;
	}

	/** The declared date, or the URL's day where that is the better word on the publication day. */
	OffsetDateTime published() {
		if (PublishedDateResolver.urlWins(this.urlDate, this.published,
				this.publishedClock == PublishedDateParser.Clock.UTC)) {
			this.sources.put("datePublished", "url");
			return this.urlDate;
		}
		return this.published;
	}

	/**
	 * The declared date where the page gives it only as a UTC time written as such ("2021-11-04T23:00Z"), no other
	 * date telling its local time: its readers see that moment at the time of the site's country.
	 */
	boolean publishedOnlyInUtc() {
		return this.published != null && this.publishedClock == PublishedDateParser.Clock.UTC
				&& this.publishedWrittenAsUtc && !"url".equals(this.sources.get("datePublished"));
	}

	String language() {
		return this.language;
	}

	String canonicalUrl() {
		return this.canonicalUrl;
	}

	String siteName() {
		return this.siteName;
	}

	String declaredBody() {
		return this.declaredBody;
	}

	private static void addIfText(List<String> list, String value) {
		if (value != null && !value.isBlank()) {
			list.add(value.trim());
		}
	}

}
