package vn.diplomacy.security;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.jboss.logging.Logger;
import vn.diplomacy.common.AppConfig;

/**
 * The RSA key pair that signs login tokens. Read from JWT_PRIVATE_KEY_FILE / JWT_PUBLIC_KEY_FILE; when neither file
 * exists (first start), a pair is generated there, outside the repository. Replicas must share the files.
 */
@Startup
@ApplicationScoped
public class JwtKeys {
    private static final Logger LOG = Logger.getLogger(JwtKeys.class);

    private final Path privateFile;
    private final Path publicFile;
    private PrivateKey privateKey;

    JwtKeys(AppConfig config) {
        this.privateFile = config.jwt().privateKeyFile();
        this.publicFile = config.jwt().publicKeyFile();
    }

    @PostConstruct
    void load() {
        try {
            boolean hasPrivate = Files.exists(privateFile);
            boolean hasPublic = Files.exists(publicFile);
            if (!hasPrivate && !hasPublic) {
                generateOnce();
            } else if (hasPrivate != hasPublic) {
                throw new IllegalStateException("Only one of " + privateFile + " and " + publicFile
                        + " exists; provide both JWT key files or neither");
            }
            privateKey = readPrivate(Files.readString(privateFile, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the JWT key files", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JWT private key is not a PKCS#8 RSA key", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /**
     * Replicas starting together on a shared volume: the one that creates the lock file generates the pair, the
     * others wait for both files (each appears whole, moved into place), so that no two pairs are mixed.
     */
    private void generateOnce() throws IOException, GeneralSecurityException {
        Files.createDirectories(privateFile.toAbsolutePath().getParent());
        Path lock = privateFile.resolveSibling(privateFile.getFileName() + ".lock");
        try {
            Files.createFile(lock);
        } catch (java.nio.file.FileAlreadyExistsException another) {
            for (int i = 0; i < 600 && !(Files.exists(privateFile) && Files.exists(publicFile)); i++) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (!(Files.exists(privateFile) && Files.exists(publicFile))) {
                throw new IllegalStateException(
                        "Another start is generating the JWT keys (" + lock + "); if none is, delete that file");
            }
            return;
        }
        try {
            if (!Files.exists(privateFile)) {
                generate();
            }
        } finally {
            Files.deleteIfExists(lock);
        }
    }

    private void generate() throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(privateFile.toAbsolutePath().getParent());
        Files.createDirectories(publicFile.toAbsolutePath().getParent());
        Path privateTemp = privateFile.resolveSibling(privateFile.getFileName() + ".tmp");
        Files.writeString(privateTemp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(privateTemp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.debug("File system without POSIX permissions; key file permissions left as they are");
        }
        Path publicTemp = publicFile.resolveSibling(publicFile.getFileName() + ".tmp");
        Files.writeString(publicTemp, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        Files.move(publicTemp, publicFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Files.move(privateTemp, privateFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        LOG.infof("Generated a new JWT signing key pair in %s and %s", privateFile, publicFile);
    }

    private static PrivateKey readPrivate(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String pem(String kind, byte[] der) {
        return "-----BEGIN " + kind + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END " + kind + "-----\n";
    }
}
