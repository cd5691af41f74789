package news.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Host name to addresses, as {@link AddressGuard} judges them; the system resolver unless a test routes names. */
@FunctionalInterface
public interface HostResolver {

	HostResolver SYSTEM = InetAddress::getAllByName;

	InetAddress[] resolve(String host) throws UnknownHostException;
}
