package org.rollerhub.web.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;

/** A PEM certificate chain and its PKCS#8 private key (RSA or EC) as an in-memory key store, for HTTPS. */
public final class PemKeyStore {
    /** The key store's (and key's) password: it never leaves memory. */
    public static final char[] PASSWORD = "roller-web".toCharArray();

    private PemKeyStore() {
    }

    /** @throws IOException naming the file that could not be read or parsed */
    public static KeyStore load(Path certFile, Path keyFile) throws IOException {
        Collection<? extends Certificate> chain;
        try {
            chain = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(certFile)));
        } catch (GeneralSecurityException e) {
            throw new IOException("web.certFile " + certFile + " is not a PEM certificate: " + e.getMessage());
        }
        if (chain.isEmpty()) {
            throw new IOException("web.certFile " + certFile + " holds no certificate");
        }
        String pem = Files.readString(keyFile, StandardCharsets.US_ASCII);
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IOException("web.keyFile " + keyFile + " is not a PKCS#8 PEM key (-----BEGIN PRIVATE KEY-----); "
                    + "convert it with: openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pk8");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        PrivateKey key = null;
        for (String alg : new String[] {"RSA", "EC", "Ed25519"}) {
            try {
                key = KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
                break;
            } catch (GeneralSecurityException tryNext) {
                // another algorithm
            }
        }
        if (key == null) {
            throw new IOException("web.keyFile " + keyFile + ": not an RSA, EC or Ed25519 key");
        }
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("web", key, PASSWORD, chain.toArray(new Certificate[0]));
            return ks;
        } catch (GeneralSecurityException e) {
            throw new IOException("web.certFile/web.keyFile: the key does not go with the certificate: " + e.getMessage());
        }
    }
}
