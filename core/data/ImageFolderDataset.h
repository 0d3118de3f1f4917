#pragma once
// Loads an image-classification dataset laid out as one folder per class
// (the layout of torchvision's ImageFolder and Keras' image_dataset_from_directory):
//
//     root/cat/0001.png   root/cat/more/0002.jpg   root/dog/0001.png ...
//
// Class names are the subfolder names, sorted (byte order), and become class ids
// 0..K-1. Files are decoded with OpenCV (PNG, JPEG, BMP, TIFF, WebP, PNM; other
// extensions and hidden files are ignored), converted to gray or RGB, resized
// to width x height with area interpolation (or centre-cropped to it), and stored as uint8 NCHW with
// scale 1/255. Files are read in sorted path order, so the sample order is the
// same on every machine. Each sample's origin is its file path (index 0).
#include "Dataset.h"

#include <cstddef>
#include <string>
#include <vector>

namespace nw {

struct ImageFolderOptions {
    int width = 28;
    int height = 28;
    bool grayscale = true; // false: 3 channels, RGB order
    // false: stretched to width x height; true: scaled (keeping its aspect ratio) until
    // it covers width x height, then the centre cut out (torchvision's Resize of the
    // shorter side followed by CenterCrop), so nothing is squashed.
    bool centreCrop = false;
    // false: a file with an image extension that OpenCV cannot decode is an error
    // naming it; true: it is skipped and listed in the report.
    bool skipUnreadable = false;
};

struct ImageFolderReport {
    std::size_t imagesRead = 0;
    std::vector<std::string> skippedFiles; // unreadable files (skipUnreadable only)
    std::size_t otherFilesIgnored = 0; // files without an image extension
};

// Throws DataError naming the folder or file: a missing root, no class folders,
// a class folder with no images, an unreadable image (unless skipped), a size
// outside 1..4096.
Dataset loadImageFolder(
    const std::string& root, const ImageFolderOptions& options, ImageFolderReport* report = nullptr);

// Decodes one image file as the loader does (gray or RGB, resized to
// options.width x options.height with area interpolation) into `out`, which holds
// channels x height x width bytes in CHW order. False when OpenCV cannot read it,
// or when its header claims more than kMaxImagePixels (ImageHeader.h; then, before
// anything is allocated, `problem` says so). For prediction on new images, which
// must look exactly like the training ones.
bool decodeImage(
    const std::string& file, const ImageFolderOptions& options, std::uint8_t* out, std::string* problem = nullptr);

// Whether the file name has an extension the loader decodes (case-insensitive).
bool hasImageExtension(const std::string& path);

} // namespace nw
