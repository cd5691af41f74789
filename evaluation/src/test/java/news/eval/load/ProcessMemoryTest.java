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
		assertThat(heap.to() - heap.from()).isEqualTo(Runtime.getRuntime().maxMemory());

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
	void aProcessThatIsGoneHasNoMemory() {
		assertThat(ProcessMemory.read(Long.MAX_VALUE, ProcessMemory.AddressRange.NONE).rssMb()).isEqualTo(-1);
	}

}
