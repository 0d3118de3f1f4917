#pragma once
// The readers under fuzzing take paths, as they do in the program (the CLI's
// --data, the window's Open): a fuzz input is written to a file first, so the
// whole path is exercised (opening, size checks, gzip detection, extensions).
// The file lives in a per-process folder on tmpfs when there is one, and is
// rewritten for every input; the folder is removed at exit.
#include <cstddef>
#include <cstdint>
#include <string>

namespace nw::fuzz {

// Writes `size` bytes to "<folder>/<name>" (a name with the extension the reader
// expects) and returns its path. Aborts if the file cannot be written: a fuzzer
// that silently tests nothing is worse than one that stops.
std::string writeInputFile(const std::string& name, const std::uint8_t* data, std::size_t size);

// A fresh, empty folder "<folder>/<name>" for readers that take a folder.
std::string freshInputFolder(const std::string& name);

} // namespace nw::fuzz
