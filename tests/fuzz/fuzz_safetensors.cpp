// Weights files (.safetensors) as Open, `evaluate` and `predict` read them: the
// 8-byte header length, the JSON header, dtypes, shapes and offsets.
#include "FuzzInputFile.h"

#include "io/SafetensorsFile.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string path = nw::fuzz::writeInputFile("input.safetensors", data, size);
    QString error;
    const auto contents = nw::SafetensorsFile::read(QString::fromStdString(path), &error);
    if (!contents && error.isEmpty()) {
        // A refusal must say why.
        __builtin_trap();
    }
    return 0;
}
