#include "text/segmenter.h"

#include <filesystem>

#include "core/resources.h"
#include "text/boundary_model.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace detente {
namespace {

class DefaultSegmenter final : public Segmenter {
 public:
  explicit DefaultSegmenter(text::BoundaryModel model) : model_(std::move(model)) {}
  void segment(Document& doc) const override {
    text::tokenize(doc);
    text::split_sentences(doc, model_.empty() ? nullptr : &model_);
  }

 private:
  text::BoundaryModel model_;
};

}  // namespace

std::shared_ptr<const Segmenter> Segmenter::load(const std::string& model_path) {
  text::BoundaryModel m;
  if (!model_path.empty()) m = text::BoundaryModel::load(model_path);
  return std::make_shared<DefaultSegmenter>(std::move(m));
}

std::shared_ptr<const Segmenter> Segmenter::load_default() {
  std::string path = resource_path(kSegmenterModel);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) path.clear();
  return load(path);
}

}  // namespace detente
