#include "IdxDataset.h"

#include "IdxFile.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <filesystem>

namespace nw {

namespace {

std::string dimsToString(const std::vector<std::uint32_t>& dims)
{
    std::string s;
    for (auto d : dims) {
        if (!s.empty())
            s += 'x';
        s += std::to_string(d);
    }
    return s;
}

// "t10k-images-idx3-ubyte.gz" -> "t10k-images-idx3-ubyte": a readable default name.
std::string datasetNameFor(const std::string& imagesPath)
{
    std::filesystem::path p(imagesPath);
    if (p.extension() == ".gz")
        p = p.stem();
    return p.filename().string();
}

} // namespace

Dataset loadIdxDataset(
    const std::string& imagesPath, const std::string& labelsPath, std::vector<std::string> classNames)
{
    IdxArray images = readIdxFile(imagesPath);
    const IdxArray labels = readIdxFile(labelsPath);

    if (images.dims.size() != 3 && images.dims.size() != 4)
        throw DataError(
            imagesPath + ": images must be N x H x W or N x C x H x W, the file holds " + dimsToString(images.dims));
    for (std::size_t i = 1; i < images.dims.size(); ++i)
        if (images.dims[i] == 0 || images.dims[i] > static_cast<std::uint32_t>(INT_MAX))
            throw DataError(imagesPath + ": image size " + dimsToString(images.dims) + " has an unusable dimension");
    if (labels.dims.size() != 1)
        throw DataError(
            labelsPath + ": labels must be a list of N values, the file holds " + dimsToString(labels.dims));
    if (labels.count() != images.count())
        throw DataError(labelsPath + ": holds " + std::to_string(labels.count()) + " labels but " + imagesPath
            + " holds " + std::to_string(images.count()) + " images");
    if (images.count() == 0)
        throw DataError(imagesPath + ": holds no images");

    std::vector<int> ids(labels.values.begin(), labels.values.end());
    if (classNames.empty()) {
        const int classes = *std::max_element(ids.begin(), ids.end()) + 1;
        for (int c = 0; c < classes; ++c)
            classNames.push_back(std::to_string(c));
    } else {
        for (std::size_t i = 0; i < ids.size(); ++i)
            if (ids[i] >= static_cast<int>(classNames.size()))
                throw DataError(labelsPath + ": label " + std::to_string(ids[i]) + " of sample " + std::to_string(i)
                    + " is outside the " + std::to_string(classNames.size()) + " classes (0.."
                    + std::to_string(classNames.size() - 1) + ")");
    }

    Shape sampleShape;
    if (images.dims.size() == 3)
        sampleShape.push_back(1);
    for (std::size_t i = 1; i < images.dims.size(); ++i)
        sampleShape.push_back(static_cast<int>(images.dims[i]));

    Dataset dataset = Dataset::fromBytes(datasetNameFor(imagesPath), std::move(sampleShape), std::move(images.values),
        1.0f / 255.0f, std::move(ids), std::move(classNames));
    dataset.setOriginFile(imagesPath);
    return dataset;
}

std::vector<std::string> fashionMnistClassNames()
{
    return { "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot" };
}

std::string fashionMnistDirectory()
{
    if (const char* env = std::getenv("NETWRIGHT_FASHION_MNIST"); env && *env)
        return env;
    return "/usr/share/datasets/fashion-mnist";
}

} // namespace nw
