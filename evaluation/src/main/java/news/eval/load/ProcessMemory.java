package news.eval.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resident memory of one process from {@code /proc/<pid>/smaps}: all of it, and the anonymous part outside the JVM
 * heap's address range, which is what a native leak (threads, direct buffers, code, metaspace, malloc) makes grow.
 * Anonymous, since the file pages a process maps grow with the data it holds (Elasticsearch's memory-mapped Lucene
 * segments: +38 MB of RSS over one CI soak with every heap flat) and the kernel drops them under pressure. Outside
 * the heap, since G1 touches and commits heap up to {@code -Xmx} as the load asks (ingest's RSS stepped from 418
 * to 504 MB in another, its live heap at 70 → 77 MB); a leak in the heap shows in {@link LiveHeap} instead.
 */
final class ProcessMemory {

	/** RSS and anonymous RSS outside the heap, in MB; -1 when the process is gone. */
	record Resident(double rssMb, double anonymousOutsideHeapMb) {
	}

	/** Addresses {@code [from, to)}; {@link #NONE} where the heap is unknown (not a JVM, no jcmd). */
	record AddressRange(long from, long to) {

		static final AddressRange NONE = new AddressRange(0, 0);

		boolean contains(long start, long end) {
			return start >= this.from && end <= this.to;
		}
	}

	/** An address in GC.heap_info's ranges of the heap's spaces ("[0x…f0000000, 0x…f5550000, 0x…f5550000)"). */
	private static final Pattern ADDRESS = Pattern.compile("0x(\\p{XDigit}+)");

	private static final Pattern MAPPING = Pattern.compile("^(\\p{XDigit}+)-(\\p{XDigit}+) ");

	private ProcessMemory() {
	}

	/** The address range the JVM reserved for its heap (it never moves), or {@link AddressRange#NONE}. */
	static AddressRange heapOf(long pid) {
		try {
			return heapRange(Jcmd.run(pid, "GC.heap_info"));
		}
		catch (IOException ex) {
			return AddressRange.NONE;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return AddressRange.NONE;
		}
	}

	/**
	 * From the lowest to the highest address GC.heap_info gives before Metaspace: G1 prints one range for its heap,
	 * the Serial collector (what a JVM seeing one processor picks) and the Parallel one a range per generation.
	 */
	static AddressRange heapRange(String heapInfo) {
		int metaspace = heapInfo.indexOf("Metaspace");
		Matcher address = ADDRESS.matcher(metaspace < 0 ? heapInfo : heapInfo.substring(0, metaspace));
		long from = Long.MAX_VALUE;
		long to = 0;
		while (address.find()) {
			long at = Long.parseLong(address.group(1), 16);
			from = Math.min(from, at);
			to = Math.max(to, at);
		}
		return (to > from) ? new AddressRange(from, to) : AddressRange.NONE;
	}

	static Resident read(long pid, AddressRange heap) {
		long rssKb = 0;
		long anonymousKb = 0;
		boolean inHeap = false;
		try (BufferedReader smaps = Files.newBufferedReader(Path.of("/proc", Long.toString(pid), "smaps"))) {
			for (String line = smaps.readLine(); line != null; line = smaps.readLine()) {
				Matcher mapping = MAPPING.matcher(line);
				if (mapping.find()) {
					inHeap = heap.contains(Long.parseUnsignedLong(mapping.group(1), 16),
							Long.parseUnsignedLong(mapping.group(2), 16));
				}
				else if (line.startsWith("Rss:")) {
					rssKb += kb(line);
				}
				else if (line.startsWith("Anonymous:") && !inHeap) {
					anonymousKb += kb(line);
				}
			}
		}
		catch (IOException ex) {
			return new Resident(-1, -1);
		}
		return new Resident(rssKb / 1024.0, anonymousKb / 1024.0);
	}

	/** "Rss:                 123 kB" → 123. */
	private static long kb(String line) {
		int end = line.lastIndexOf(' ');
		return Long.parseLong(line.substring(line.indexOf(':') + 1, end).strip());
	}

}
