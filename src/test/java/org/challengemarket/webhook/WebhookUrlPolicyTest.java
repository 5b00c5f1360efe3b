package org.challengemarket.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SSRF rules of webhook URLs under production settings. No request is sent and no name is
 * looked up in DNS: names resolve through a fake resolver (or the hosts file, for localhost).
 */
class WebhookUrlPolicyTest {

    /** Resolves a few made-up names without DNS; anything else does not exist. */
    private static final HostResolver FAKE = host -> switch (host) {
        case "receiver.example" -> List.of(InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 215, 14}));
        case "sneaky.example" -> List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
        case "mixed.example" ->
            List.of(
                    InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 215, 14}),
                    InetAddress.getByAddress(host, new byte[] {10, 1, 2, 3}));
        case "localhost" -> HostResolver.SYSTEM.resolve(host); // the hosts file, not DNS
        default -> throw new UnknownHostException(host);
    };

    private final WebhookUrlPolicy production = WebhookUrlPolicy.production(FAKE);
    // the address rules alone, as if http were allowed
    private final WebhookUrlPolicy addressesOnly = new WebhookUrlPolicy(false, false, FAKE);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/hook",
                "http://127.1.2.3/hook",
                "http://[::1]/hook",
                "http://[::]/hook",
                "http://0.0.0.0/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://[fd00:ec2::254]/latest",
                "http://100.100.100.200/",
                "http://10.0.0.1/hook",
                "http://172.16.5.4/hook",
                "http://192.168.1.1/hook",
                "http://2130706433/hook",
                "http://0x7f000001/hook",
                "http://0177.0.0.1/hook",
                "http://0x7f.1/hook",
                "http://127.1/hook",
                "http://017700000001/hook",
                "http://[::ffff:127.0.0.1]/hook",
                "http://[::ffff:a9fe:a9fe]/hook",
                "http://[64:ff9b::a9fe:a9fe]/hook",
                "http://[2002:7f00:1::]/hook",
                "http://[fe80::1]/hook",
                "http://[fc00::1]/hook",
                "http://[ff02::1]/hook",
                "http://224.0.0.1/hook",
                "http://255.255.255.255/hook",
                "http://localhost/hook",
                "http://sneaky.example/hook",
                "http://mixed.example/hook",
                "http://nowhere.example/hook",
                "http://999.1.1.1/hook",
                "http://receiver.example./hook",
            })
    void addressesInsideOurNetworkAreRefusedHoweverTheyAreWritten(String url) {
        assertThat(addressesOnly.refusal(url)).as(url).isPresent();
        assertThat(production.refusal(url.replace("http://", "https://")))
                .as(url)
                .isPresent();
    }

    @Test
    void productionTakesHttpsToAPublicAddressOnly() {
        assertThat(production.refusal("https://receiver.example/hooks/challenges"))
                .isEmpty();
        assertThat(production.refusal("https://93.184.215.14:8443/hook")).isEmpty();
        assertThat(production.refusal("http://receiver.example/hook")).contains("must be an https URL");
        assertThat(production.refusal("ftp://receiver.example/hook")).isPresent();
        assertThat(production.refusal("https://user:secret@receiver.example/hook"))
                .isPresent();
        assertThat(production.refusal("not a url")).isPresent();
        assertThat(production.refusal("")).isPresent();
    }

    @Test
    void embeddedModeMayAllowExactly127001AndNothingElseInside() {
        WebhookUrlPolicy embedded = new WebhookUrlPolicy(false, true, FAKE);
        assertThat(embedded.refusal("http://127.0.0.1:8089/hook")).isEmpty();
        assertThat(embedded.refusal("http://sneaky.example:8089/hook")).isEmpty(); // resolves to 127.0.0.1 only
        assertThat(embedded.refusal("http://127.0.0.2/hook")).isPresent();
        assertThat(embedded.refusal("http://[::1]/hook")).isPresent();
        assertThat(embedded.refusal("http://10.0.0.1/hook")).isPresent();
        assertThat(embedded.refusal("http://169.254.169.254/")).isPresent();
    }

    @Test
    void numbersAreReadTheWayCLibrariesReadThem() {
        assertThat(WebhookUrlPolicy.numericIpv4("2130706433"))
                .hasValueSatisfying(b -> assertThat(b).containsExactly(127, 0, 0, 1));
        assertThat(WebhookUrlPolicy.numericIpv4("0x7f000001"))
                .hasValueSatisfying(b -> assertThat(b).containsExactly(127, 0, 0, 1));
        assertThat(WebhookUrlPolicy.numericIpv4("0177.0.0.1"))
                .hasValueSatisfying(b -> assertThat(b).containsExactly(127, 0, 0, 1));
        assertThat(WebhookUrlPolicy.numericIpv4("10.1"))
                .hasValueSatisfying(b -> assertThat(b).containsExactly(10, 0, 0, 1));
        assertThat(WebhookUrlPolicy.numericIpv4("receiver.example")).isEmpty();
        assertThat(WebhookUrlPolicy.numericIpv4("1.2.3.4.5")).isEmpty();
    }

    @Test
    void signaturesFollowStandardWebhooks() {
        // the example of the Standard Webhooks specification
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String body = "{\"test\": 2432232314}";
        assertThat(WebhookSigner.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        assertThat(WebhookSigner.newSecret()).startsWith("whsec_").hasSize(50);
    }
}
