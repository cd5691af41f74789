package news.ingest.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Metadata collected from several sources in order of trust: each field keeps the first usable value offered, so
 * readers run JSON-LD first, then meta tags, then the page markup.
 */
final class MetadataDraft {

	private final PublishedDateParser dates;

	private final Instant fetchedAt;

	private final LanguageIdentifier languages;

	private String title;

	private String documentTitle;

	private String heading;

	private final List<String> authors = new ArrayList<>();

	private final List<String> fallbackAuthors = new ArrayList<>();

	private Instant publishedAt;

	private String language;

	private String canonicalUrl;

	private String siteName;

	MetadataDraft(PublishedDateParser dates, Instant fetchedAt, LanguageIdentifier languages) {
		this.dates = dates;
		this.fetchedAt = fetchedAt;
		this.languages = languages;
	}

	/** A headline from structured metadata (JSON-LD, OpenGraph). */
	void offerTitle(String title) {
		if (this.title == null && title != null && !title.isBlank()) {
			this.title = title;
		}
	}

	/** The {@code <title>}, which may still carry a site suffix of unknown name. */
	void offerDocumentTitle(String title) {
		if (this.documentTitle == null && title != null && !title.isBlank()) {
			this.documentTitle = title;
		}
	}

	/** The page's first {@code <h1>}. */
	void offerHeading(String text) {
		if (this.heading == null && text != null && !text.isBlank()) {
			this.heading = text;
		}
	}

	void offerAuthors(List<String> names) {
		if (this.authors.isEmpty()) {
			names.forEach((name) -> addIfText(this.authors, name));
		}
	}

	/** Organisation bylines: used only when no person is named anywhere. */
	void offerFallbackAuthors(List<String> names) {
		names.forEach((name) -> addIfText(this.fallbackAuthors, name));
	}

	void offerDate(String raw) {
		if (this.publishedAt == null) {
			this.dates.parse(raw, this.fetchedAt).ifPresent((instant) -> this.publishedAt = instant);
		}
	}

	/** A declared language tag ("en-GB", "de_DE", "eng"); ignored if it is not one. */
	void offerLanguage(String tag) {
		if (this.language == null) {
			this.language = this.languages.normalise(tag);
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

	boolean hasAuthors() {
		return !this.authors.isEmpty();
	}

	boolean hasDate() {
		return this.publishedAt != null;
	}

	String title() {
		return this.title;
	}

	String documentTitle() {
		return this.documentTitle;
	}

	String heading() {
		return this.heading;
	}

	List<String> authors() {
		return this.authors.isEmpty() ? this.fallbackAuthors : this.authors;
	}

	Instant publishedAt() {
		return this.publishedAt;
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

	private static void addIfText(List<String> list, String value) {
		if (value != null && !value.isBlank()) {
			list.add(value.trim());
		}
	}

}
