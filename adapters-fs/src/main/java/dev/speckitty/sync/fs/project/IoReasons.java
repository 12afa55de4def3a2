package dev.speckitty.sync.fs.project;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** One-line, path-free reasons for I/O failures (the path is printed separately, cli.md §14.8). */
final class IoReasons {

    private IoReasons() {
    }

    static String describe(IOException error) {
        String reason;
        if (error instanceof NoSuchFileException) {
            reason = "no such file or directory";
        } else if (error instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (error instanceof FileAlreadyExistsException) {
            reason = "file already exists";
        } else if (error instanceof NotDirectoryException) {
            reason = "not a directory";
        } else if (error instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else if (error.getMessage() != null && !error.getMessage().isBlank()) {
            reason = error.getMessage();
        } else {
            reason = error.getClass().getSimpleName();
        }
        return reason.replaceAll("[\\r\\n]+", " ").strip();
    }
}
