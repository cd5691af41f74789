package news.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 6: no fetch may reach the operator's own network unless the operator allows it. */
class AddressGuardTest {

	private final AddressGuard guard = new AddressGuard(false);

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.1.2.3", "0.0.0.0", "10.0.0.1", "10.255.255.255", "172.16.0.1",
			"172.31.255.254", "192.168.1.1", "169.254.169.254", "169.254.0.1", "100.64.0.1", "192.0.0.8", "198.18.0.1",
			"224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1",
			"::ffff:169.254.169.254", "::ffff:10.0.0.1", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:0001::1",
			"ff02::1" })
	void internalAddressesAreRecognised(String literal) throws Exception {
		assertThat(AddressGuard.isInternal(InetAddress.getByName(literal))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::6810:85e5",
			"2001:db8::1" })
	void publicAddressesPass(String literal) throws Exception {
		assertThat(AddressGuard.isInternal(InetAddress.getByName(literal))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/", "http://localhost:8080/admin", "http://[::1]/",
			"http://[::ffff:7f00:1]/", "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/", "http://2130706433/",
			"http://0x7f000001/", "http://0/" })
	void fetchToAnInternalAddressIsBlockedWithAReason(String url) {
		assertThatThrownBy(() -> this.guard.check(URI.create(url))).isInstanceOf(FetchFailedException.class)
			.hasMessageMatching("(blocked: .* is a private address .*|unknown host: .*)");
	}

	@Test
	void namesThatResolveInwardAreBlocked() {
		assertThatThrownBy(() -> this.guard.check(URI.create("http://localhost/"))).hasMessageStartingWith("blocked:");
	}

	@Test
	void operatorMayAllowPrivateAddresses() {
		assertThatCode(() -> new AddressGuard(true).check(URI.create("http://127.0.0.1/"))).doesNotThrowAnyException();
	}
}
