// Release: empties a container and gives its memory back.
//
// `v = {}` picks the initializer_list assignment, which destroys the
// elements but keeps the buffer, and so does `v.clear()`. Swapping with a
// new, empty container frees the buffer itself. Assembly releases a huge
// article's facts this way once it has merged them (issue 18: with
// `= {}`, a 16 MB article's timex and mention buffers, ~90 MB, stayed
// until assembly returned).
//
// Thread-safety: as the container's own.
#ifndef ANNALS_PIPELINE_BASE_RELEASE_H_
#define ANNALS_PIPELINE_BASE_RELEASE_H_

namespace annals {

// Example: Release(&facts.timexes);  // size() and capacity() now 0
template <typename Container>
void Release(Container* c) {
  Container().swap(*c);
}

}  // namespace annals

#endif  // ANNALS_PIPELINE_BASE_RELEASE_H_
