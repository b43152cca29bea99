package org.rollerhub.hub.mqtt.tls;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS from PEM files with plain JDK APIs: a CA certificate (or bundle) to trust, and optionally a
 * client certificate (chain) with its PKCS#8 private key ({@code -----BEGIN PRIVATE KEY-----}, RSA
 * or EC) for mutual TLS. Errors name the file at fault and never include key material.
 */
public final class PemTls {
    private static final char[] IN_MEMORY_PASSWORD = "in-memory".toCharArray(); // guards nothing: the store never leaves memory

    private PemTls() {
    }

    /**
     * @param caFile PEM CA certificate(s) to trust, or {@code null} for the JVM's default trust store
     * @param clientCertFile PEM client certificate chain, or {@code null} for none
     * @param clientKeyFile PEM PKCS#8 private key of the client certificate, or {@code null} for none
     * @throws IOException when a file is missing or unreadable as PEM, with the file's name
     */
    public static SSLSocketFactory socketFactory(Path caFile, Path clientCertFile, Path clientKeyFile)
            throws IOException {
        if ((clientCertFile == null) != (clientKeyFile == null)) {
            throw new IOException("TLS client authentication needs both a certificate and a key file "
                    + "(got certificate " + clientCertFile + ", key " + clientKeyFile + ")");
        }
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (caFile == null) {
                tmf.init((KeyStore) null);
            } else {
                KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
                trust.load(null, null);
                int i = 0;
                for (Certificate c : readCertificates(caFile)) {
                    trust.setCertificateEntry("ca-" + i++, c);
                }
                tmf.init(trust);
            }
            KeyManagerFactory kmf = null;
            if (clientCertFile != null) {
                List<Certificate> chain = readCertificates(clientCertFile);
                PrivateKey key = readPrivateKey(clientKeyFile);
                KeyStore keys = KeyStore.getInstance(KeyStore.getDefaultType());
                keys.load(null, null);
                keys.setKeyEntry("client", key, IN_MEMORY_PASSWORD, chain.toArray(new Certificate[0]));
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(keys, IN_MEMORY_PASSWORD);
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return ctx.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /**
     * The X.509 certificates in a PEM file (a CA bundle, a certificate chain).
     *
     * @throws IOException when the file cannot be read or holds no certificate, naming the file
     */
    public static List<Certificate> readCertificates(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new IOException("no PEM certificate in " + file);
            }
            return new ArrayList<>(certs);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the PEM certificate " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The unencrypted PKCS#8 private key (RSA, EC or Ed25519) in a PEM file.
     *
     * @throws IOException when the file cannot be read or holds no usable key, naming the file
     *     (never the key material); an old-format or encrypted key says how to convert it
     */
    public static PrivateKey readPrivateKey(Path file) throws IOException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        if (pem.contains("BEGIN RSA PRIVATE KEY") || pem.contains("BEGIN EC PRIVATE KEY")) {
            throw new IOException("the key " + file + " is in the old PKCS#1/SEC1 format; convert it with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in <key> -out <key.pk8.pem>'");
        }
        if (pem.contains("ENCRYPTED PRIVATE KEY")) {
            throw new IOException("the key " + file + " is encrypted; the hub needs an unencrypted PKCS#8 key "
                    + "(protect it with file permissions)");
        }
        int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = pem.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < begin) {
            throw new IOException("no '-----BEGIN PRIVATE KEY-----' block in " + file);
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(pem.substring(begin + 27, end));
        } catch (IllegalArgumentException e) {
            throw new IOException("the key " + file + " is not valid base64 PEM");
        }
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException wrongAlgorithm) {
                // try the next one
            }
        }
        throw new IOException("the key " + file + " is not an RSA, EC or Ed25519 PKCS#8 key");
    }
}
