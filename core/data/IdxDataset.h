#pragma once
// Builds a classification Dataset from a pair of IDX files (MNIST, Fashion-MNIST,
// KMNIST and friends): images [N, H, W] or [N, C, H, W], labels [N]. Pixels stay
// uint8 with scale 1/255, so the network sees [0, 1]; every sample's origin is
// the images file and its index in it.
#include "Dataset.h"

#include <string>
#include <vector>

namespace nw {

// Throws DataError naming the file and the problem (unreadable or malformed IDX,
// wrong rank, image and label counts that differ, a label outside the class list).
// With no class names, classes are "0".."K-1" where K = largest label + 1.
Dataset loadIdxDataset(
    const std::string& imagesPath, const std::string& labelsPath, std::vector<std::string> classNames = {});

// The ten Fashion-MNIST classes, in label order ("T-shirt/top" ... "Ankle boot").
std::vector<std::string> fashionMnistClassNames();

// Where Fashion-MNIST is installed: $NETWRIGHT_FASHION_MNIST when set and not
// empty, else /usr/share/datasets/fashion-mnist. Holds train-images-idx3-ubyte.gz,
// train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz.
std::string fashionMnistDirectory();

} // namespace nw
