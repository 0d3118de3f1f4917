// IDX files as `idx:IMAGES,LABELS` reads them: raw or gzip (zlib reads both
// through one call), then the pairing checks of the dataset loader.
#include "FuzzInputFile.h"

#include "data/DataError.h"
#include "data/IdxDataset.h"
#include "data/IdxFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string path = nw::fuzz::writeInputFile("input-idx3-ubyte", data, size);
    try {
        const nw::IdxArray array = nw::readIdxFile(path);
        // The same file as images and labels: the loader's rank and count checks run
        // whatever the header says.
        const nw::Dataset dataset = nw::loadIdxDataset(path, path);
        (void)array;
        (void)dataset;
    } catch (const nw::DataError&) {
        // Refused with a message: what a bad file should get.
    }
    return 0;
}
