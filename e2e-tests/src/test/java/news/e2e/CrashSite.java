package news.e2e;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Distinct small article pages for the crash test, spread over many hosts so that ingest's per-host politeness
 * delay does not set the pace. The hosts are loopback addresses 127.1.x.y: Linux routes all of 127/8 to the
 * loopback interface, and a server on the wildcard address answers them all.
 */
final class CrashSite {

	private static final Pattern ARTICLE = Pattern.compile("/crash/article-(\\d+)");

	/** Addresses per third octet; the last octet runs from 1 to this. */
	private static final int HOSTS_PER_BLOCK = 250;

	private final int hosts;

	private final int port;

	CrashSite(int hosts, int port) {
		this.hosts = hosts;
		this.port = port;
	}

	/** Article {@code n} lives on host {@code n mod hosts}: consecutive submissions go to different hosts. */
	String url(int n) {
		int host = n % this.hosts;
		return "http://127.1." + (host / HOSTS_PER_BLOCK) + "." + (host % HOSTS_PER_BLOCK + 1) + ":" + this.port
				+ "/crash/article-" + n;
	}

	/** The page at {@code path}, or null: enough prose in an {@code <article>} to be extracted as one. */
	static byte[] page(String path) {
		Matcher matcher = ARTICLE.matcher(path);
		if (!matcher.matches()) {
			return null;
		}
		String n = matcher.group(1);
		String html = """
				<!doctype html>
				<html lang="en"><head><meta charset="utf-8">
				<title>Harbour council report number %1$s</title>
				<meta property="og:type" content="article">
				<meta property="article:published_time" content="2026-11-02T08:30:00Z">
				</head><body><article>
				<h1>Harbour council report number %1$s</h1>
				<p>The harbour council met on Monday evening to discuss report number %1$s, which covers the repair of
				the old sea wall, the dredging of the northern channel and the price of berths for fishing boats. Members
				spoke for more than three hours before a vote was taken, and the public gallery was full.</p>
				<p>According to the report, the sea wall has lost about a fifth of its stones since the storms of last
				winter. Engineers warned that another hard season could open a breach near the ferry landing, and they
				asked for the work to begin before the end of the year, while the weather still allows it.</p>
				<p>Fishermen who attended the meeting said that higher berth prices would push the smallest boats out of
				the harbour altogether. One of them told the council that his family had kept a boat there for four
				generations and that he could not pay twice as much for the same mooring and the same muddy water.</p>
				<p>The council agreed to publish a revised plan for report number %1$s within six weeks. It will hold a
				second public meeting before any new prices take effect, and it will ask the regional government to share
				the cost of the sea wall, which the engineers put at several million euros over three years.</p>
				</article></body></html>
				""".formatted(n);
		return html.getBytes(StandardCharsets.UTF_8);
	}
}
