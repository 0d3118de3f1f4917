#pragma once
// The little UTF-8 the text loaders need: checking that bytes are UTF-8, walking
// code points, and lower-casing without a locale (the C library's tolower() knows
// bytes, not letters, and depends on the machine's locale; a vocabulary must be the
// same everywhere). Also Latin-1 to UTF-8, for word lists still shipped in it.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nw::utf8 {

// Byte offset of the first byte that is not part of valid UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF are invalid), or npos when all is valid.
std::size_t firstInvalid(std::string_view text);

// The code points of valid UTF-8 `text`, each as its bytes ("née" -> "n", "é", "e").
std::vector<std::string> characters(std::string_view text);

// Lower case for ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals;
// other characters stay as they are. `text` must be valid UTF-8.
std::string toLower(std::string_view text);

// Whether the code point starting at text[0] is a letter or digit (ASCII letters
// and digits, and every non-ASCII code point except the general punctuation,
// spaces and symbols of U+2000..U+2BFF and U+3000..U+303F).
bool isWordCharacter(std::string_view character);

// Each byte as the Latin-1 character it stands for.
std::string fromLatin1(std::string_view bytes);

} // namespace nw::utf8
