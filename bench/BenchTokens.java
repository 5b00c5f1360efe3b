import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.io.BufferedReader;
import java.io.InputStreamReader;

/**
 * Signs the benchmark's bearer tokens (RS256, like the identity provider's) in one process: reads
 * "organisation-id TAB role" lines on stdin and writes "organisation-id/role TAB token" lines.
 * Arguments: the PKCS#8 PEM private key, the issuer, the audience.
 */
public class BenchTokens {
    public static void main(String[] args) throws Exception {
        String pem = Files.readString(Path.of(args[0]))
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        long now = System.currentTimeMillis() / 1000;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        for (String line; (line = in.readLine()) != null; ) {
            String[] fields = line.split("\t");
            String org = fields[0];
            String role = fields[1];
            String claims = "{\"iss\":\"" + args[1] + "\",\"aud\":\"" + args[2] + "\",\"sub\":\"bench-" + org
                    + "\",\"preferred_username\":\"bench-" + org + "\",\"iat\":" + now + ",\"exp\":" + (now + 3600)
                    + ",\"realm_access\":{\"roles\":[\"" + role + "\"]},\"org_id\":\"" + org + "\"}";
            String input = header + "." + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            out.append(org).append('/').append(role).append('\t')
                    .append(input).append('.').append(b64.encodeToString(rsa.sign())).append('\n');
        }
        System.out.print(out);
    }
}
