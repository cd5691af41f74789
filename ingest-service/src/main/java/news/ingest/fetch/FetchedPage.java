package news.ingest.fetch;

import java.net.URI;
import java.time.Instant;

/**
 * A page as the server sent it.
 *
 * @param finalUrl where the redirects ended
 * @param charset the charset the Content-Type header names, null when it names none
 */
public record FetchedPage(URI finalUrl, String contentType, String charset, byte[] body, Instant fetchedAt) {
}
