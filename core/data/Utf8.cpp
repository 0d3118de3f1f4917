#include "Utf8.h"

#include <cstdint>

namespace nw::utf8 {

namespace {

// Length of the sequence starting with `lead`, or 0 for a byte that cannot start one.
int sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

// The code point at text[i] (valid UTF-8 assumed) and its length.
char32_t decodeAt(std::string_view text, std::size_t i, int* length)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    const int n = sequenceLength(b(0));
    *length = n;
    switch (n) {
    case 1: return b(0);
    case 2: return (char32_t(b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    case 3: return (char32_t(b(0) & 0x0F) << 12) | (char32_t(b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    default: return (char32_t(b(0) & 0x07) << 18) | (char32_t(b(1) & 0x3F) << 12) | (char32_t(b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    }
}

void append(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

char32_t lower(char32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) // Latin-1 capitals (not the multiplication sign)
        return c + 32;
    if (c >= 0x100 && c <= 0x137 && c % 2 == 0) // Latin Extended-A: capital, small pairs
        return c + 1;
    if (c >= 0x139 && c <= 0x148 && c % 2 == 1)
        return c + 1;
    if (c >= 0x14A && c <= 0x177 && c % 2 == 0)
        return c + 1;
    if (c == 0x178)
        return 0xFF;
    if ((c == 0x179 || c == 0x17B || c == 0x17D))
        return c + 1;
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) // Greek capitals
        return c + 32;
    if (c >= 0x410 && c <= 0x42F) // Cyrillic А..Я
        return c + 32;
    if (c >= 0x400 && c <= 0x40F) // Cyrillic Ѐ..Џ
        return c + 80;
    return c;
}

} // namespace

std::size_t firstInvalid(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const int n = sequenceLength(lead);
        if (n == 0 || i + static_cast<std::size_t>(n) > text.size())
            return i;
        for (int k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0xC0) != 0x80)
                return i;
        if (n >= 3) {
            const auto second = static_cast<unsigned char>(text[i + 1]);
            if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) // overlong, surrogates
                || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F)) // overlong, > U+10FFFF
                return i;
        }
        i += static_cast<std::size_t>(n);
    }
    return std::string_view::npos;
}

std::vector<std::string> characters(std::string_view text)
{
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
        int n = sequenceLength(static_cast<unsigned char>(text[i]));
        if (n == 0 || i + static_cast<std::size_t>(n) > text.size())
            n = 1; // not UTF-8: one byte stands for itself, so nothing is lost
        out.emplace_back(text.substr(i, static_cast<std::size_t>(n)));
        i += static_cast<std::size_t>(n);
    }
    return out;
}

std::string toLower(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const int n = sequenceLength(static_cast<unsigned char>(text[i]));
        if (n == 0 || i + static_cast<std::size_t>(n) > text.size()) {
            out += text[i++];
            continue;
        }
        int length = 0;
        append(out, lower(decodeAt(text, i, &length)));
        i += static_cast<std::size_t>(length);
    }
    return out;
}

bool isWordCharacter(std::string_view character)
{
    if (character.empty())
        return false;
    const auto lead = static_cast<unsigned char>(character[0]);
    if (lead < 0x80)
        return (lead >= 'a' && lead <= 'z') || (lead >= 'A' && lead <= 'Z') || (lead >= '0' && lead <= '9');
    if (firstInvalid(character) != std::string_view::npos)
        return false;
    int length = 0;
    const char32_t c = decodeAt(character, 0, &length);
    if (c == 0xA0 || (c >= 0xA1 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA) || c == 0xD7 || c == 0xF7)
        return false; // Latin-1 punctuation and signs
    return !((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || c == 0xFEFF);
}

std::string fromLatin1(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    for (char b : bytes)
        append(out, static_cast<unsigned char>(b));
    return out;
}

} // namespace nw::utf8
