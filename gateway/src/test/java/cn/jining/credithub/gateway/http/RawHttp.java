package cn.jining.credithub.gateway.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An HTTP/1.1 request written by hand on a loopback socket, for what no HTTP client does: declare a body and
 * send none (or only part) of it, keep the connection open while the hub reads, send exactly the bytes given.
 */
public final class RawHttp implements AutoCloseable {

    private final Socket socket;

    private RawHttp(Socket socket) {
        this.socket = socket;
    }

    /** Opens a connection and sends the request line, the headers and {@code bodyStart} (not necessarily all). */
    public static RawHttp open(int port, String method, String path, Map<String, String> headers, byte[] bodyStart) {
        return open(port, method, path, headers, bodyStart, "127.0.0.1:" + port);
    }

    /** As {@link #open(int, String, String, Map, byte[])}, naming {@code host} in the Host header. */
    public static RawHttp open(int port, String method, String path, Map<String, String> headers, byte[] bodyStart,
                               String host) {
        try {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(20_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bodyStart);
            out.flush();
            return new RawHttp(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The answer (status line, headers, body) as text, read until it contains {@code last} or the hub closes the
     * connection (the hub may keep draining an unread body before it closes).
     */
    public String answer(String last) {
        try {
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while (!answer.toString(StandardCharsets.UTF_8).contains(last) && (n = in.read(buffer)) > 0) {
                answer.write(buffer, 0, n);
            }
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
