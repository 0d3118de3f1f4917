// Project files (.nwproj) as Open and `validate` read them: JSON, migration from
// older format versions, the graph model, and compiling it to the engine (shapes,
// parameter counts, the layers' own checks). Data and weights are not loaded (they
// have harnesses of their own).
#include "FuzzInputFile.h"

#include "training/PreparedProject.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string path = nw::fuzz::writeInputFile("input.nwproj", data, size);
    QString error;
    const auto project = nw::PreparedProject::load(
        QString::fromStdString(path), { .loadData = false, .loadWeights = false }, &error);
    if (!project && error.isEmpty())
        __builtin_trap(); // a refusal must say why
    return 0;
}
