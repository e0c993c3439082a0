#include "text/boundary_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>

#include "core/error.h"

namespace detente::text {

uint64_t part_hash(std::string_view f) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : f) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

uint64_t feature_key(std::string_view f) {
  size_t sp = f.find(' ');
  uint64_t key = part_hash(f.substr(0, sp));
  while (sp != std::string_view::npos) {
    size_t b = sp + 1;
    sp = f.find(' ', b);
    key = combine_key(key, part_hash(f.substr(b, sp == std::string_view::npos ? sp : sp - b)));
  }
  return key ? key : 1;
}

float BoundaryModel::weight(uint64_t key) const {
  if (!size_) return 0;
  for (uint64_t i = key & mask_;; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.key == key) return s.w;
    if (s.key == 0) return 0;
  }
}

bool BoundaryModel::gate(uint64_t key) const {
  if (gate_.empty()) return false;
  for (uint64_t i = key & gate_mask_;; i = (i + 1) & gate_mask_) {
    if (gate_[i] == key) return true;
    if (gate_[i] == 0) return false;
  }
}

void BoundaryModel::size_gate(size_t n) {
  size_t cap = 16;
  while (cap < n * 2) cap <<= 1;
  gate_.assign(cap, 0);
  gate_mask_ = cap - 1;
}

void BoundaryModel::insert_gate(uint64_t key) {
  for (uint64_t i = key & gate_mask_;; i = (i + 1) & gate_mask_) {
    if (gate_[i] == key) return;
    if (gate_[i] == 0) { gate_[i] = key; return; }
  }
}

static bool is_gate_feature(std::string_view f) {
  return f.size() > 4 && f[0] == 'g' && (f[1] == 'l' || f[1] == 'r') && f[2] == ':' && f[3] == ' ';
}

void BoundaryModel::insert(uint64_t key, float w) {
  for (uint64_t i = key & mask_;; i = (i + 1) & mask_) {
    Slot& s = slots_[i];
    if (s.key == key) { s.w += w; return; }
    if (s.key == 0) {
      s.key = key;
      s.w = w;
      ++size_;
      return;
    }
  }
}

BoundaryModel BoundaryModel::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(Errc::kBadModel, path, 0, "cannot open the sentence-boundary model");
  std::string line;
  uint64_t ln = 0;
  auto bad = [&](const char* why) { throw Error(Errc::kBadModel, path, ln, why); };
  ++ln;
  if (!std::getline(in, line) || line != "detente-segmenter 1")
    bad("not a detente sentence-boundary model (expected header \"detente-segmenter 1\")");
  ++ln;
  if (!std::getline(in, line) || line.rfind("threshold ", 0) != 0) bad("expected \"threshold T\"");
  BoundaryModel m;
  char* endp = nullptr;
  m.threshold_ = std::strtof(line.c_str() + 10, &endp);
  if (!endp || *endp) bad("bad threshold");
  m.capital_threshold_ = m.threshold_;
  std::vector<std::pair<uint64_t, float>> entries;
  std::vector<uint64_t> gates;
  while (std::getline(in, line)) {
    ++ln;
    if (line.empty()) continue;
    if (line.rfind("capital-threshold ", 0) == 0) {
      m.capital_threshold_ = std::strtof(line.c_str() + 18, &endp);
      if (!endp || *endp) bad("bad capital-threshold");
      continue;
    }
    size_t tab = line.rfind('\t');
    if (tab == std::string::npos || tab == 0) bad("expected \"feature<TAB>weight\"");
    float w = std::strtof(line.c_str() + tab + 1, &endp);
    if (endp == line.c_str() + tab + 1 || *endp || !std::isfinite(w)) bad("bad weight");
    std::string_view name = std::string_view(line).substr(0, tab);
    if (is_gate_feature(name)) gates.push_back(feature_key(name));
    else entries.emplace_back(feature_key(name), w);
  }
  size_t cap = 16;
  while (cap < entries.size() * 2) cap <<= 1;
  m.slots_.assign(cap, BoundaryModel::Slot{});
  m.mask_ = cap - 1;
  for (auto& [k, w] : entries) m.insert(k, w);
  m.size_gate(gates.size());
  for (uint64_t k : gates) m.insert_gate(k);
  return m;
}

void BoundaryTrainer::add(std::vector<std::string> features, bool boundary) {
  std::vector<uint32_t> ids;
  ids.reserve(features.size());
  for (auto& f : features) {
    auto [it, fresh] = ids_.try_emplace(std::move(f), static_cast<uint32_t>(names_.size()));
    if (fresh) names_.push_back(it->first);
    ids.push_back(it->second);
  }
  examples_.push_back(std::move(ids));
  labels_.push_back(boundary);
}

void BoundaryTrainer::train(int epochs) {
  size_t nf = names_.size();
  std::vector<float> w(nf, 0), total(nf, 0);
  std::vector<uint64_t> stamp(nf, 0);
  std::vector<size_t> order(examples_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(20181);
  uint64_t t = 0;
  for (int ep = 0; ep < epochs; ++ep) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t idx : order) {
      ++t;
      const auto& ex = examples_[idx];
      float s = 0;
      for (uint32_t f : ex) s += w[f];
      bool pred = s > 0, gold = labels_[idx];
      if (pred == gold) continue;
      float delta = gold ? 1.f : -1.f;
      for (uint32_t f : ex) {
        total[f] += static_cast<float>(t - stamp[f]) * w[f];
        stamp[f] = t;
        w[f] += delta;
      }
    }
  }
  avg_.assign(nf, 0);
  for (size_t f = 0; f < nf; ++f) {
    total[f] += static_cast<float>(t - stamp[f]) * w[f];
    avg_[f] = t ? total[f] / static_cast<float>(t) : 0;
  }
}

BoundaryModel BoundaryTrainer::model(float threshold, float capital_threshold) const {
  BoundaryModel m;
  size_t n = 0;
  for (float a : avg_) n += a != 0;
  n += fixed_.size();
  size_t cap = 16;
  while (cap < n * 2) cap <<= 1;
  m.slots_.assign(cap, BoundaryModel::Slot{});
  m.mask_ = cap - 1;
  m.size_gate(fixed_.size());
  for (auto& [f, w] : fixed_) {
    if (is_gate_feature(f)) m.insert_gate(feature_key(f));
    else m.insert(feature_key(f), w);
  }
  m.threshold_ = threshold;
  m.capital_threshold_ = capital_threshold;
  for (size_t f = 0; f < avg_.size(); ++f)
    if (avg_[f] != 0) m.insert(feature_key(names_[f]), avg_[f]);
  return m;
}

void BoundaryTrainer::save(const std::string& path, float threshold, float capital_threshold) const {
  std::FILE* f = std::fopen(path.c_str(), "w");
  if (!f) throw Error(Errc::kIo, path, 0, "cannot write the model");
  std::fprintf(f, "detente-segmenter 1\nthreshold %.4f\ncapital-threshold %.4f\n", threshold, capital_threshold);
  std::vector<size_t> idx;
  for (size_t i = 0; i < avg_.size(); ++i)
    if (std::fabs(avg_[i]) >= 1e-4f) idx.push_back(i);
  std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return names_[a] < names_[b]; });
  for (size_t i : idx) std::fprintf(f, "%s\t%.4f\n", names_[i].c_str(), avg_[i]);
  auto fixed = fixed_;
  std::sort(fixed.begin(), fixed.end());
  for (auto& [name, w] : fixed) std::fprintf(f, "%s\t%.4f\n", name.c_str(), w);
  if (std::fclose(f) != 0) throw Error(Errc::kIo, path, 0, "cannot write the model");
}

}  // namespace detente::text
