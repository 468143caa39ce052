package com.gongxuhui.org.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The RSA key that signs access tokens, and the one that signed them before the last rotation: the public halves
 * of both are published as the JWKS, so that a token issued before org-service rolled to a new key stays valid
 * until it expires (deploy/README.md, Key rotation). A key taken out of the configuration verifies nothing more.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final RSAKey key;
    private final Optional<RSAKey> previous;

    public SigningKeys(AuthProperties properties) {
        this.key = rsaKey(isBlank(properties.signingKey()) ? generated() : fromPem(properties.signingKey()));
        this.previous = isBlank(properties.previousSigningKey()) ? Optional.empty()
                : Optional.of(rsaKey(fromPem(properties.previousSigningKey())).toPublicJWK());
    }

    public RSAKey signingKey() {
        return key;
    }

    /** The current key first, then the previous one. */
    public JWKSet publicJwks() {
        List<JWK> keys = new ArrayList<>();
        keys.add(key.toPublicJWK());
        previous.ifPresent(keys::add);
        return new JWKSet(keys);
    }

    private static RSAKey rsaKey(KeyPair pair) {
        try {
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey(pair.getPrivate())
                    .keyUse(KeyUse.SIGNATURE)
                    .keyIDFromThumbprint()
                    .build();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot derive the key id", e);
        }
    }

    private static boolean isBlank(String pem) {
        return pem == null || pem.isBlank();
    }

    private static KeyPair generated() {
        log.warn("gxh.auth.signing-key is not set: a key was generated for this process only");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair fromPem(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("gxh.auth.signing-key or previous-signing-key is not a PKCS#8 PEM RSA private key", e);
        }
    }
}
