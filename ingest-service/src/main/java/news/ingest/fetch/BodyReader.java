package news.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;

/**
 * Reads a response body within a size cap and a deadline. The cap counts decompressed bytes, so a gzip bomb ends
 * at the cap, not in memory; the deadline is for the whole body, so a server that drips a byte a second or stalls
 * after its headers is cut off (the JDK client's request timeout stops at the headers).
 */
final class BodyReader {

	private static final int CHUNK = 16 * 1024;

	private BodyReader() {
	}

	static byte[] read(HttpResponse<InputStream> response, long maxBytes, long deadlineNanos, Duration timeout)
			throws FetchFailedException {
		InputStream raw = response.body();
		AtomicBoolean timedOut = new AtomicBoolean();
		// Closing the stream from the timer is the only way to wake a read blocked on a silent server.
		CompletableFuture<Void> watchdog = new CompletableFuture<>();
		watchdog.orTimeout(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)
			.whenComplete((done, ex) -> {
				if (ex instanceof TimeoutException) {
					timedOut.set(true);
					closeQuietly(raw);
				}
			});
		try (InputStream in = decoded(response, raw); var out = new ByteArrayOutputStream()) {
			byte[] buffer = new byte[CHUNK];
			int read;
			while (!timedOut.get() && (read = in.read(buffer)) != -1) {
				out.write(buffer, 0, read);
				if (out.size() > maxBytes) {
					throw new FetchFailedException("body larger than " + maxBytes + " bytes"
							+ (in == raw ? "" : " (decompressed)"));
				}
			}
			if (timedOut.get()) {
				throw deadline(timeout);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			if (timedOut.get()) {
				throw deadline(timeout);
			}
			throw new FetchFailedException("I/O error while reading: " + ex.getMessage(), ex);
		}
		finally {
			watchdog.complete(null);
			closeQuietly(raw);
		}
	}

	private static FetchFailedException deadline(Duration timeout) {
		return new FetchFailedException("response not complete within " + timeout.toSeconds() + " s");
	}

	/** We ask for gzip only; any other coding would hand the extractor bytes it cannot read. */
	private static InputStream decoded(HttpResponse<?> response, InputStream raw)
			throws IOException, FetchFailedException {
		String coding = response.headers().firstValue("Content-Encoding").orElse("identity").strip()
			.toLowerCase(Locale.ROOT);
		return switch (coding) {
			case "", "identity" -> raw;
			case "gzip", "x-gzip" -> new GZIPInputStream(raw, CHUNK);
			default -> throw new FetchFailedException("unsupported Content-Encoding: " + coding);
		};
	}

	static void closeQuietly(InputStream in) {
		try {
			in.close();
		}
		catch (IOException ex) {
			// Nothing to do: the connection is discarded either way.
		}
	}
}
