package org.ariadne.deployment;

/** A deployment file that cannot be read as it stands: the message names the file and what to change. */
final class ManifestException extends RuntimeException {

    ManifestException(String message) {
        super(message);
    }
}
