package news.ingest.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import crawlercommons.filters.basic.BasicURLNormalizer;
import news.events.ArticleId;

/**
 * A URL a user submitted, checked and normalised (crawler-commons: lower-case host, default port, fragment and
 * dot-segments removed, escapes fixed) so that spellings of one address share one article id.
 */
public record SubmittedUrl(String normalised, String id) {

	/** Browsers and most servers stop at about this length; anything longer is not a real article link. */
	static final int MAX_LENGTH = 2048;

	private static final BasicURLNormalizer NORMALIZER = new BasicURLNormalizer();

	public static SubmittedUrl parse(String raw) {
		if (raw == null || raw.isBlank()) {
			throw new InvalidUrlException(raw, "a URL is required");
		}
		String url = raw.strip();
		if (url.length() > MAX_LENGTH) {
			throw new InvalidUrlException(raw, "longer than " + MAX_LENGTH + " characters");
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new InvalidUrlException(raw, "not a valid URL: " + ex.getReason());
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new InvalidUrlException(raw, "only http and https URLs can be fetched");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw new InvalidUrlException(raw, "the URL has no host");
		}
		if (uri.getRawUserInfo() != null) {
			throw new InvalidUrlException(raw, "credentials in the URL are not accepted");
		}
		String normalised = NORMALIZER.filter(url);
		if (normalised == null) {
			throw new InvalidUrlException(raw, "not a valid URL");
		}
		return new SubmittedUrl(normalised, ArticleId.of(normalised));
	}

	/** The host the article is fetched from, lower case: the fetcher's politeness is per host. */
	public String host() {
		return URI.create(this.normalised).getHost();
	}
}
