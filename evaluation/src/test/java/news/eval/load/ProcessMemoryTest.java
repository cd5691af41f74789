package news.eval.load;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads this test's own JVM: memory filled in the heap must not count as memory outside it. */
class ProcessMemoryTest {

	private static final int MB = 1 << 20;

	@Test
	void heapPagesAreLeftOutOfTheAnonymousMemoryOutsideTheHeap() {
		long pid = ProcessHandle.current().pid();
		ProcessMemory.AddressRange heap = ProcessMemory.heapOf(pid);
		assertThat(heap).isNotEqualTo(ProcessMemory.AddressRange.NONE);
		assertThat(heap.to() - heap.from()).isGreaterThanOrEqualTo(Runtime.getRuntime().maxMemory());

		ProcessMemory.Resident before = ProcessMemory.read(pid, heap);
		byte[][] filled = new byte[64][];
		for (int i = 0; i < filled.length; i++) {
			filled[i] = new byte[MB];
			Arrays.fill(filled[i], (byte) 1);
		}
		ProcessMemory.Resident after = ProcessMemory.read(pid, heap);
		ProcessMemory.Resident heapCounted = ProcessMemory.read(pid, ProcessMemory.AddressRange.NONE);

		assertThat(filled[63][MB - 1]).isEqualTo((byte) 1);
		assertThat(after.rssMb()).isGreaterThan(after.anonymousOutsideHeapMb()).isPositive();
		assertThat(after.anonymousOutsideHeapMb() - before.anonymousOutsideHeapMb()).isLessThan(32);
		assertThat(heapCounted.anonymousOutsideHeapMb() - after.anonymousOutsideHeapMb()).isGreaterThan(64);
	}

	@Test
	void theHeapSpansEveryGenerationsRange() {
		String g1 = """
				 garbage-first heap   total reserved 524288K, committed 524288K, used 1024K [0x00000000e0000000, 0x0000000100000000)
				  region size 1024K, 5 young (5120K), 2 survivors (2048K)
				 Metaspace       used 9128K, committed 9344K, reserved 1114112K
				  class space    used 1093K, committed 1216K, reserved 1048576K
				""";
		String parallel = """
				 PSYoungGen      total 76288K, used 15171K [0x00000000fab00000, 0x0000000100000000, 0x0000000100000000)
				  eden space 65536K, 7% used [0x00000000fab00000,0x00000000faf88c40,0x00000000feb00000)
				 ParOldGen       total 175104K, used 39944K [0x00000000f0000000, 0x00000000fab00000, 0x00000000fab00000)
				 Metaspace       used 9131K, committed 9344K, reserved 1114112K
				  class space    used 1093K, committed 1216K, reserved 1048576K [0x0000000800000000, 0x0000000840000000)
				""";

		assertThat(ProcessMemory.heapRange(g1)).isEqualTo(new ProcessMemory.AddressRange(0xe0000000L, 0x100000000L));
		assertThat(ProcessMemory.heapRange(parallel))
			.isEqualTo(new ProcessMemory.AddressRange(0xf0000000L, 0x100000000L));
		assertThat(ProcessMemory.heapRange(" ZHeap           used 12M, capacity 256M, max capacity 256M"))
			.isEqualTo(ProcessMemory.AddressRange.NONE);
	}

	@Test
	void aProcessThatIsGoneHasNoMemory() {
		assertThat(ProcessMemory.read(Long.MAX_VALUE, ProcessMemory.AddressRange.NONE).rssMb()).isEqualTo(-1);
	}

}
