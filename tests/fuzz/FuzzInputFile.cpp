#include "FuzzInputFile.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <unistd.h>

namespace nw::fuzz {
namespace {

namespace fs = std::filesystem;

// Removes the folder when the process ends normally (libFuzzer's -runs, the
// replay driver); a crash leaves it for a look, in a place the system cleans.
struct InputFolder {
    fs::path path;
    InputFolder()
    {
        const fs::path base = fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
        path = base / ("netwright-fuzz-" + std::to_string(::getpid()));
        std::error_code ec;
        fs::create_directories(path, ec);
        if (ec) {
            std::fprintf(stderr, "fuzz: cannot create %s: %s\n", path.c_str(), ec.message().c_str());
            std::abort();
        }
    }
    ~InputFolder()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

const fs::path& folder()
{
    static InputFolder instance;
    return instance.path;
}

} // namespace

std::string writeInputFile(const std::string& name, const std::uint8_t* data, std::size_t size)
{
    const fs::path file = folder() / name;
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    out.close();
    if (!out) {
        std::fprintf(stderr, "fuzz: cannot write %s\n", file.c_str());
        std::abort();
    }
    return file.string();
}

std::string freshInputFolder(const std::string& name)
{
    const fs::path dir = folder() / name;
    std::error_code ec;
    fs::remove_all(dir, ec);
    fs::create_directories(dir, ec);
    if (ec) {
        std::fprintf(stderr, "fuzz: cannot create %s: %s\n", dir.c_str(), ec.message().c_str());
        std::abort();
    }
    return dir.string();
}

} // namespace nw::fuzz
