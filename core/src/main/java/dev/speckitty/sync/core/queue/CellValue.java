package dev.speckitty.sync.core.queue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One SQLite cell, typed by its storage class ({@code typeof()}), not by the declared column type
 * (on-disk.md §6.8). Equality is exact per storage class, so a snapshot compares the way SQLite's
 * {@code IS} does for values read back unchanged.
 */
public sealed interface CellValue {

    /** The SQLite storage classes. */
    enum StorageClass { TEXT, INTEGER, REAL, NULL, BLOB }

    NullCell NULL = new NullCell();

    StorageClass storageClass();

    /** Bytes this value counts towards the 16 MiB batch snapshot (on-disk.md §7.2 step 5.2). */
    long snapshotBytes();

    static CellValue text(String value) {
        return new TextCell(value);
    }

    static CellValue integer(long value) {
        return new IntegerCell(value);
    }

    static CellValue real(double value) {
        return new RealCell(value);
    }

    static CellValue blob(byte[] value) {
        return new BlobCell(value);
    }

    default boolean isNull() {
        return this instanceof NullCell;
    }

    default boolean isNumeric() {
        return this instanceof IntegerCell || this instanceof RealCell;
    }

    record TextCell(String value) implements CellValue {
        public TextCell {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public StorageClass storageClass() {
            return StorageClass.TEXT;
        }

        @Override
        public long snapshotBytes() {
            return value.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    record IntegerCell(long value) implements CellValue {
        @Override
        public StorageClass storageClass() {
            return StorageClass.INTEGER;
        }

        @Override
        public long snapshotBytes() {
            return 8;
        }
    }

    record RealCell(double value) implements CellValue {
        public RealCell {
            // SQLite stores NaN as NULL, so a REAL cell is never NaN.
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("a REAL cell cannot be NaN");
            }
        }

        @Override
        public StorageClass storageClass() {
            return StorageClass.REAL;
        }

        @Override
        public long snapshotBytes() {
            return 8;
        }
    }

    record NullCell() implements CellValue {
        @Override
        public StorageClass storageClass() {
            return StorageClass.NULL;
        }

        @Override
        public long snapshotBytes() {
            return 0;
        }
    }

    /** A BLOB; the array is copied in and out, and equality is by content. */
    record BlobCell(byte[] value) implements CellValue {
        public BlobCell {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public StorageClass storageClass() {
            return StorageClass.BLOB;
        }

        @Override
        public long snapshotBytes() {
            return value.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof BlobCell b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "BlobCell[" + value.length + " bytes]";
        }
    }
}
