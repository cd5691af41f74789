package news.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The distinctive labels of a page's host, by which title segments naming the site are recognised. */
final class SiteHost {

	private static final Pattern HOST = Pattern.compile("^[a-z][a-z0-9+.-]*://(?:[^@/]*@)?([^/:?#]+)",
			Pattern.CASE_INSENSITIVE);

	/** Compiled once: {@code String.replaceAll} compiles its regex on every call, and titles are split often. */
	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

	/** Shorter host labels ("de", "co", "www") name no site. */
	private static final int MIN_HOST_LABEL = 4;

	private final List<String> labels;

	private SiteHost(List<String> labels) {
		this.labels = labels;
	}

	/** Distinctive labels of the host: "archiv.example-blog.de" → archiv, example-blog. */
	static SiteHost of(String pageUrl) {
		String host = hostName(pageUrl);
		if (host == null) {
			return new SiteHost(List.of());
		}
		String[] labels = host.split("\\.");
		List<String> distinctive = new ArrayList<>();
		for (int i = 0; i < labels.length - 1; i++) {
			String label = NOT_LETTER_OR_DIGIT.matcher(labels[i]).replaceAll("");
			if (label.length() >= MIN_HOST_LABEL && !label.equals("www")) {
				distinctive.add(label);
			}
		}
		return new SiteHost(distinctive);
	}

	/** The page's host name in lower case ("archiv.example-blog.de"), or null for no URL or one without a host. */
	static String hostName(String pageUrl) {
		if (pageUrl == null) {
			return null;
		}
		Matcher m = HOST.matcher(pageUrl);
		return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
	}

	/** The segment names the site's host: "Example-News.de" on example-news.de. */
	boolean isNamedBy(String segment) {
		String squeezed = NOT_LETTER_OR_DIGIT.matcher(segment.toLowerCase(Locale.ROOT)).replaceAll("");
		return this.labels.stream().anyMatch((label) -> squeezed.contains(label) || label.contains(squeezed)
				&& squeezed.length() >= MIN_HOST_LABEL);
	}

}
