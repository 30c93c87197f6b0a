package cn.jiangmen.greenchannel.web;

/** Body of every error our {@code /api} answers: a stable code and a Chinese message. */
public record ApiError(String code, String message) {
}
