/**
 * The errors of field encryption. Their messages are fixed sentences: they never quote a stored value, a
 * plaintext, a context or key bytes, because `describeError` logs the class and code and a start-up dialog
 * shows them. `code` says what went wrong precisely enough for support.
 */

export type FieldKeyErrorCode =
  /** A key given to the cipher is not 32 bytes. */
  | 'FIELD_KEY_WRONG_SIZE'
  /** The key file is not in the expected format (damaged, truncated, or not ours). */
  | 'FIELD_KEY_FILE_INVALID'
  /** The key file was made by another wrapper (a desktop-made key opened as plain, or the reverse). */
  | 'FIELD_KEY_WRAPPER_MISMATCH'
  /** The wrapper could not unwrap the key (another OS account, a changed keyring). */
  | 'FIELD_KEY_UNWRAP_FAILED';

export class FieldKeyError extends Error {
  constructor(
    readonly code: FieldKeyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FieldKeyError';
  }
}

export type FieldDecryptionErrorCode =
  /** Not a `v<n>:<base64>` envelope, or too short to hold a nonce and a tag. */
  | 'FIELD_CIPHERTEXT_MALFORMED'
  /** An envelope version this cipher does not read (a later key rotation). */
  | 'FIELD_CIPHERTEXT_UNSUPPORTED_VERSION'
  /** The tag does not match: tampered, another key, or another row/column (context). */
  | 'FIELD_CIPHERTEXT_NOT_AUTHENTIC';

export class FieldDecryptionError extends Error {
  constructor(
    readonly code: FieldDecryptionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FieldDecryptionError';
  }
}

/** Refused input to `encrypt` (not a key problem, not a decryption problem). */
export class FieldEncryptionError extends Error {
  readonly code = 'FIELD_PLAINTEXT_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'FieldEncryptionError';
  }
}
