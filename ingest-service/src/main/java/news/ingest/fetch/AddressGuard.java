package news.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses to fetch from addresses inside the operator's own network: a stranger's URL must not reach the
 * loopback interface, private ranges, link-local (the cloud metadata service at 169.254.169.254) or their IPv6
 * twins. Checked on every redirect hop, on the resolved addresses, so host names that resolve inward are caught
 * too. The JDK caches the lookup (networkaddress.cache.ttl), so the client connects to the address checked here.
 */
public class AddressGuard {

	private final boolean allowPrivate;

	private final HostResolver resolver;

	public AddressGuard(boolean allowPrivate) {
		this(allowPrivate, HostResolver.SYSTEM);
	}

	AddressGuard(boolean allowPrivate, HostResolver resolver) {
		this.allowPrivate = allowPrivate;
		this.resolver = resolver;
	}

	public void check(URI url) throws FetchFailedException {
		String host = url.getHost();
		if (host == null) {
			throw new FetchFailedException("unusable URL: no host");
		}
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(host);
		}
		catch (UnknownHostException ex) {
			throw new FetchFailedException("unknown host: " + host, ex);
		}
		if (this.allowPrivate) {
			return;
		}
		for (InetAddress address : addresses) {
			if (isInternal(address)) {
				throw new FetchFailedException("blocked: " + host + " is a private address (" + address.getHostAddress()
						+ "); NEWS_ALLOW_PRIVATE_ADDRESSES=true allows it");
			}
		}
	}

	static boolean isInternal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			return isInternalV4(b);
		}
		if (address instanceof Inet6Address) {
			// fc00::/7 unique local
			if ((b[0] & 0xfe) == 0xfc) {
				return true;
			}
			// IPv4 embedded in IPv6 (::a.b.c.d compatible, 64:ff9b::/96 NAT64, 2002::/16 6to4): judge the IPv4 part
			if (isZero(b, 0, 12) || (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
					&& isZero(b, 4, 12))) {
				return isInternalV4(new byte[] { b[12], b[13], b[14], b[15] });
			}
			if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
				return isInternalV4(new byte[] { b[2], b[3], b[4], b[5] });
			}
		}
		return false;
	}

	/** Ranges the JDK's predicates miss: this network, shared (CGNAT), IETF, benchmarking, reserved, broadcast. */
	private static boolean isInternalV4(byte[] b) {
		int first = b[0] & 0xff;
		int second = b[1] & 0xff;
		return first == 0 || first == 10 || first == 127 || (first == 169 && second == 254)
				|| (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)
				|| (first == 100 && second >= 64 && second <= 127) || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
				|| (first == 198 && (second == 18 || second == 19)) || first >= 224;
	}

	private static boolean isZero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}
}
