package cn.jining.credithub.gateway.security;

/** A keystore or certificate the hub needs is missing or unreadable; the message names the file. */
public class KeyMaterialException extends RuntimeException {

    public KeyMaterialException(String message, Throwable cause) {
        super(message, cause);
    }

    public KeyMaterialException(String message) {
        super(message);
    }
}
