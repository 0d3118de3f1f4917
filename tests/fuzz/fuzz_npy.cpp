// .npy files as `npy:FEATURES,TARGETS` and `predict x.npy` read them: the header
// (a Python dict literal), dtype, shape and data size, then the dataset checks.
#include "FuzzInputFile.h"

#include "data/DataError.h"
#include "data/NpyDataset.h"
#include "data/NpyFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string path = nw::fuzz::writeInputFile("input.npy", data, size);
    try {
        const nw::NpyArray array = nw::readNpyFile(path);
        const nw::Dataset dataset = nw::loadNpyDataset(path, path);
        (void)array;
        (void)dataset;
    } catch (const nw::DataError&) {
    }
    return 0;
}
