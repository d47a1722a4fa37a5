package dev.factcheck.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressPolicyTest {

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource({
            "127.0.0.1, loopback",
            "127.255.0.9, loopback",
            "::1, loopback",
            "0.0.0.0, unspecified",
            "::, unspecified",
            "10.0.0.1, private",
            "10.255.255.255, private",
            "172.16.0.1, private",
            "172.31.255.254, private",
            "192.168.1.1, private",
            "169.254.169.254, link-local",
            "169.254.0.1, link-local",
            "100.64.0.1, carrier-grade NAT",
            "100.127.255.254, carrier-grade NAT",
            "192.0.0.8, reserved",
            "192.0.2.1, reserved",
            "198.51.100.7, documentation",
            "203.0.113.9, documentation",
            "198.18.0.1, benchmarking",
            "224.0.0.1, multicast",
            "239.255.255.250, multicast",
            "240.0.0.1, reserved",
            "255.255.255.255, reserved",
            "fc00::1, unique-local",
            "fd12:3456:789a::1, unique-local",
            "fe80::1, link-local",
            "febf:ffff::1, link-local",
            "fec0::1, site-local",
            "ff02::1, multicast",
            "2001:db8::1, documentation",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2, Teredo",
            "::ffff:169.254.169.254, link-local",
            "::ffff:10.0.0.1, private",
            "::10.0.0.1, private (embedded IPv4)",
            "64:ff9b::a9fe:a9fe, link-local (embedded IPv4)",
            "2002:a9fe:a9fe::1, link-local (embedded IPv4)",
            "2002:7f00:1::1, loopback (embedded IPv4)",
    })
    void refusal_namesTheRange_ofEveryNonPublicAddress(String address, String range) throws UnknownHostException {
        assertThat(AddressPolicy.publicOnly().refusal(InetAddress.getByName(address))).contains(range);
    }

    @ParameterizedTest(name = "{0} is public")
    @CsvSource({"93.184.215.14", "8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "100.63.255.255",
            "100.128.0.1", "169.253.255.255", "192.169.0.1", "11.0.0.1", "2606:4700:4700::1111",
            "2a00:1450:4001:82a::200e", "2002:5db8:d70e::1", "64:ff9b::808:808"})
    void refusal_isEmpty_forPublicUnicastAddresses(String address) throws UnknownHostException {
        assertThat(AddressPolicy.publicOnly().refusal(InetAddress.getByName(address))).isEmpty();
    }

    @ParameterizedTest(name = "with loopback allowed, {0} is still refused as {1}")
    @CsvSource({"10.0.0.1, private", "169.254.169.254, link-local", "192.168.0.10, private", "fd00::1, unique-local",
            "2002:7f00:1::1, loopback (embedded IPv4)"})
    void loopbackSwitch_allowsOnlyLoopback(String address, String range) throws UnknownHostException {
        AddressPolicy policy = new AddressPolicy(true);

        assertThat(policy.refusal(InetAddress.getByName(address))).contains(range);
        assertThat(policy.refusal(InetAddress.getByName("127.0.0.1"))).isEmpty();
        assertThat(policy.refusal(InetAddress.getByName("::1"))).isEmpty();
    }
}
