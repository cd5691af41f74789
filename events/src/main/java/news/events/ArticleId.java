package news.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids: the first 128 bits of SHA-256 over the normalised URL, in hex. Stable across services and
 * restarts, so re-submitting a URL lands on the same Kafka key and the same Elasticsearch document.
 */
public final class ArticleId {

	private ArticleId() {
	}

	public static String of(String normalisedUrl) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalisedUrl.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}
}
