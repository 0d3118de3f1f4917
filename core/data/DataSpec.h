#pragma once
// One string that names any dataset Netwright can load: the value of
// `netwright-cli --data SPEC` and of a project file's dataset reference. Parsed
// into a DataSpec, loaded with loadDataset(), written back with toString().
//
// Grammar
// -------
//     spec    = kind ":" body [ "?" option *( "&" option ) ]
//     body    = path                   (csv, images, text, words)
//             | path "," path          (idx, npy: images/features first, labels/targets second)
//             | name                   (toy, sequence, bundled, fashion-mnist)
//     option  = key "=" value
// The kind is everything before the first ':' (so "csv:C:/data/x.csv" works),
// the body runs to the first '?'. In paths and values "%XX" (two hex digits) is
// the byte XX: write %3F for '?', %2C for ',' in an idx/npy path, %26 for '&' in
// a value, %25 for '%'. toString() writes those escapes (options sorted by key),
// so parseDataSpec(toString(s)) == s. Relative paths are resolved against the
// folder of the project file (loadDataset's baseDirectory), not the working
// directory, so a project folder can be moved as a whole.
//
// Kinds and options (every option is optional; defaults in brackets)
// ---------------------------------------------------------------------
//   toy:NAME          TensorFlow Playground's 2-D problems. NAME: circle, xor,
//                     gaussians, spiral (2 classes), plane, multi_gaussian
//                     (regression).
//                       samples=N    number of points, 1..1000000 [500]
//                       noise=X      0 (clean) .. 1 (Playground's maximum) [0]
//                       seed=N       non-negative integer [1]
//                     e.g. toy:spiral?noise=0.1&samples=600&seed=1
//   sequence:NAME     seeded sequence tasks of token ids [T] (see SequenceTasks.h):
//                     parity, majority (one class per sample), reverse, sort
//                     (one class per position: labels [N, T]).
//                       samples=N    1..1000000 [1000]
//                       length=T     tokens per sequence, 1..1024 [12]
//                       seed=N       non-negative integer [1]
//                     e.g. sequence:parity?length=8&samples=2000
//   bundled:NAME      a dataset shipped in resources/datasets: iris (150 x 4
//                     features, 3 classes), digits (1797 8x8 images, 10 classes).
//                     No options. e.g. bundled:iris
//   fashion-mnist:PART  Fashion-MNIST from fashionMnistDirectory()
//                     ($NETWRIGHT_FASHION_MNIST); PART: train (60000) or test
//                     (10000). No options. e.g. fashion-mnist:test
//   idx:IMAGES,LABELS   a pair of IDX files (raw or .gz), MNIST-style; classes
//                     "0".."K-1". No options.
//                     e.g. idx:data/t10k-images-idx3-ubyte.gz,data/t10k-labels-idx1-ubyte.gz
//   csv:PATH          a CSV table with a header row (see CsvDataset.h).
//                       target=NAME  the target column [the last column]
//                       task=classification|regression  [decided from the target]
//                       missing=drop|mean  drop rows with missing values, or
//                                    impute the column mean / most frequent value [drop]
//                       delimiter=C  one character, or "tab" [,]
//                     e.g. csv:penguins.csv?target=species&missing=mean&delimiter=;
//   images:DIR        a folder with one subfolder of images per class (see
//                     ImageFolderDataset.h).
//                       size=WxH     or size=N for NxN; 1..4096 [28x28]
//                       color=gray|rgb  [gray]
//                       fit=stretch|crop  stretch to the size, or scale to cover it
//                                    and keep the centre (no squashing) [stretch]
//                       normalize=none|train  per-channel (x - mean) / std with the
//                                    training split's statistics [none]
//                       mean=M[,M,M]&std=S[,S,S]  given statistics instead (pixel
//                                    values 0..1; one value, or one per channel)
//                       skip_unreadable=true|false  skip undecodable files [false]
//                     e.g. images:photos?size=32x32&color=rgb
//   npy:FEATURES,TARGETS  two NumPy .npy files (see NpyDataset.h).
//                       task=classification|regression  [integer targets:
//                                    classification, float: regression]
//                     e.g. npy:x_train.npy,y_train.npy
//                     Token ids [N, T] are float32 (exact up to 2^24) or any
//                     integer type; uint8 would be read as pixels, so store ids as
//                     int32/int64/float32.
//   text:FILE         labelled texts (see TextDataset.h): a .csv table, or any
//                     other file of lines LABEL<TAB>TEXT. Token ids [T] through a
//                     vocabulary built from the training split (Vocabulary.h).
//                       column=NAME  the text column [the first that is not the target]
//                       target=NAME  the label column [the last column]
//                       tokenizer=char|word  [char]
//                       vocab=N      vocabulary size with <pad> and <unk>; 0: no limit [0]
//                       max_len=T    tokens per sequence, padded or cut, 1..4096 [32]
//                       lowercase=1|0  lower-case before tokenizing [0]
//                       delimiter=C  one character, or "tab" [,]
//                     e.g. text:reviews.csv?column=review&target=stars&tokenizer=word&vocab=5000&max_len=64
//   words:FOLDER      which language is a word? Debian's word lists in FOLDER
//                     (normally /usr/share/dict; see WordLists.h), character tokens.
//                       languages=A,B,...  two or more of danish, dutch, english,
//                                    french, german, italian, portuguese, spanish,
//                                    swedish [all but danish]
//                       words=N      words per language, 1..100000 [1000]
//                       max_len=T    longest word in characters, 1..4096 [12]
//                       lowercase=1|0  [1]
//                       seed=N       [1]
//                     e.g. words:/usr/share/dict?languages=english,german,french&words=2000
//
// Options every kind takes (single-label classification data only; see ClassSelection.h):
//   classes=A,B,...   keep these classes, by index, renumbered in this order
//                     (classes=5,6,7,8,9: class 5 becomes label 0) [all]
//   per_class=N       keep the first N samples of each kept class, in file order [all]
//                     e.g. fashion-mnist:train?classes=5,6,7,8,9&per_class=50
//
// Options every kind with images or numeric features takes (see ReconstructionTask.h):
//   task=reconstruction  an autoencoder's data: each sample is its own target
//                     (regression; a classifier's labels are kept only to colour
//                     a latent space). Overrides csv's and npy's own task option.
//   noise_std=X       with task=reconstruction: Gaussian noise of this std on the
//                     inputs only, a denoising autoencoder, 0..10 [0]
//   noise_seed=N      which noise: each sample's is drawn from (N, its index), the
//                     same in every epoch [1]
//                     e.g. fashion-mnist:train?task=reconstruction&noise_std=0.3
//
// Loaders keep features raw; for tabular data (csv, bundled:iris) the caller
// fits a FeatureScaler on the training split (standardizeFeaturesByDefault()).
//
// Every kind is one entry of the table in DataKind.h: its body, options with their
// defaults and checks, loader and what is known of it without loading.
#include "CsvDataset.h"
#include "Dataset.h"

#include <map>
#include <string>
#include <vector>

namespace nw {

struct DataSpec {
    std::string kind; // a DataKind's name: "toy", "sequence", "bundled", "fashion-mnist", "idx", "csv", "images", "npy", "text", "words"
    std::string path; // file or folder; the name for toy, sequence, bundled and fashion-mnist
    std::string secondPath; // idx: labels, npy: targets; empty otherwise
    std::map<std::string, std::string> options;

    bool operator==(const DataSpec&) const = default;
};

// Throws DataError ("data spec '...': problem") for a malformed spec, an unknown
// kind, name or option (listing the valid ones) or an invalid option value.
DataSpec parseDataSpec(const std::string& text);

// The canonical text of `spec` (options sorted, special characters escaped).
std::string toString(const DataSpec& spec);

// The class names `spec`'s kind knows without loading anything (Fashion-MNIST's,
// the bundled sets'), kept and ordered as its classes= option says; empty when the
// kind names no classes (the data must be loaded to learn them).
std::vector<std::string> knownClassNames(const DataSpec& spec);

// Loads the dataset, resolving relative paths against `baseDirectory` (the
// project file's folder; empty: the working directory). Validates `spec` as
// parseDataSpec() does; throws DataError from the spec or the loader.
Dataset loadDataset(const DataSpec& spec, const std::string& baseDirectory);

// What loading did that the person should hear about, and what the scaler needs.
struct DataLoadReport {
    std::vector<std::string> notes;     // "data.csv: 3 rows with missing values dropped"
    std::vector<bool> numericFeatures;  // csv: per feature, false for one-hot columns; empty otherwise
};
Dataset loadDataset(const DataSpec& spec, const std::string& baseDirectory, DataLoadReport& report);

// The kinds, in the order the grammar lists them.
std::vector<std::string> dataSpecKinds();

// Whether the spec names a table whose columns the loader encodes (csv,
// bundled:iris), so that tabularReport() can describe it.
bool isTabular(const DataSpec& spec);

// Whether the features are raw measurements that a model trains better on after
// standardisation (the tables: csv, bundled:iris): the caller then fits a
// FeatureScaler on its training split. Images, toy data and npy arrays are used as
// they are.
bool standardizeFeaturesByDefault(const DataSpec& spec);

// Whether an images: spec normalises per channel at all (normalize=train, or given
// mean= and std=): new images for predict and explain need the same statistics.
bool normalizesImages(const DataSpec& spec);
// Whether an images: spec asks for per-channel normalisation with statistics of the
// training split (normalize=train): the caller computes them on its training split
// (Dataset::channelStatistics) and sets them on the data and any separate test set.
bool normalizesImagesOnTrainingSplit(const DataSpec& spec);

// For the tabular kinds (csv, bundled:iris): how the loader reads the table
// (columns, their kinds and categories, feature names), so that new rows, such as
// a prediction's input, can be encoded exactly like the training rows
// (readCsvFeatureRows). Reads the table again. Throws DataError for other kinds
// and for the loader's errors.
CsvReport tabularReport(const DataSpec& spec, const std::string& baseDirectory);
// The field delimiter of a table spec (',' unless the delimiter option says otherwise).
char csvDelimiter(const DataSpec& spec);

} // namespace nw
